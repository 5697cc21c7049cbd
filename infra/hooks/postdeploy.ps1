# azd postdeploy hook for Windows: the same steps as postdeploy.sh (see there), in PowerShell.
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '../..')

foreach ($name in 'AZURE_RESOURCE_GROUP', 'AZURE_FUNCTION_APP_NAME', 'AZURE_EVENTGRID_SYSTEM_TOPIC_NAME', 'AZURE_STORAGE_ACCOUNT_NAME') {
    if (-not [Environment]::GetEnvironmentVariable($name)) { throw "set $name" }
}
if ($env:AZURE_SUBSCRIPTION_ID) { az account set --subscription $env:AZURE_SUBSCRIPTION_ID }

Write-Host "Waiting for the blobs_extension key of $env:AZURE_FUNCTION_APP_NAME (first host start)..."
for ($attempt = 1; ; $attempt++) {
    # Only whether the key exists is printed, never the key.
    $present = az functionapp keys list --resource-group $env:AZURE_RESOURCE_GROUP --name $env:AZURE_FUNCTION_APP_NAME `
        --query "systemKeys.blobs_extension != null" --output tsv 2>$null
    if ($present -eq 'true') { break }
    if ($attempt -ge 30) { throw "The host has not created the blobs_extension key after 5 minutes: is IngestArticle deployed?" }
    if ($env:AZURE_FUNCTION_APP_HOST_NAME) {
        try { Invoke-WebRequest -Uri "https://$($env:AZURE_FUNCTION_APP_HOST_NAME)/" -TimeoutSec 20 -UseBasicParsing | Out-Null } catch { }
    }
    Start-Sleep -Seconds 10
}

for ($try = 1; $try -le 3; $try++) {
    az deployment group create --resource-group $env:AZURE_RESOURCE_GROUP --name newsdesk-eventgrid `
        --template-file infra/eventgrid.bicep `
        --parameters functionAppName=$env:AZURE_FUNCTION_APP_NAME systemTopicName=$env:AZURE_EVENTGRID_SYSTEM_TOPIC_NAME storageAccountName=$env:AZURE_STORAGE_ACCOUNT_NAME `
        --output none
    if ($LASTEXITCODE -eq 0) {
        Write-Host "Event Grid: BlobCreated on container 'articles' now triggers IngestArticle."
        exit 0
    }
    Write-Warning "Event Grid subscription attempt $try failed; retrying in 30 s."
    Start-Sleep -Seconds 30
}
exit 1
