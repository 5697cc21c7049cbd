// Flex Consumption (FC1) plan + the Newsdesk function app (.NET isolated worker on Linux). The app
// runs as a user-assigned managed identity for everything: reading its deployment package, the
// Functions host's storage (AzureWebJobsStorage__*), the app's tables and blobs and Application
// Insights (Entra ID auth). No connection string with a key is set anywhere.

@description('Function app name (globally unique, part of its host name).')
param name string

@description('Flex Consumption plan name.')
param planName string

@description('Azure region.')
param location string

@description('Tags put on the plan and the app (the app also gets azd-service-name).')
param tags { *: string }

@description('azd service name in azure.yaml this app hosts.')
param azdServiceName string

@description('User-assigned managed identity (same resource group) the app runs as.')
param identityName string

@description('Storage account holding the deployment container and the Functions host state.')
param storageAccountName string

@description('Blob container Flex Consumption deploys the app package to.')
param deploymentContainerName string

@description('Application Insights component receiving telemetry.')
param applicationInsightsName string

@description('Memory per instance in MB; CPU grows with it (512 MB is a fraction of a core, 2048 about one core, 4096 two).')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int

@description('Most instances the app scales out to (Flex Consumption allows 40-1000).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int

@description('Newsdesk settings added to the platform ones (no secrets).')
param newsdeskSettings { *: string }

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: applicationInsightsName
}

resource plan 'Microsoft.Web/serverfarms@2024-11-01' = {
  name: planName
  location: location
  tags: tags
  kind: 'functionapp'
  sku: {
    name: 'FC1'
    tier: 'FlexConsumption'
  }
  properties: {
    reserved: true
  }
}

resource app 'Microsoft.Web/sites@2024-11-01' = {
  name: name
  location: location
  tags: union(tags, { 'azd-service-name': azdServiceName })
  kind: 'functionapp,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    publicNetworkAccess: 'Enabled'
    siteConfig: {
      minTlsVersion: '1.2'
      http20Enabled: true
    }
    functionAppConfig: {
      deployment: {
        storage: {
          type: 'blobContainer'
          value: '${storage.properties.primaryEndpoints.blob}${deploymentContainerName}'
          authentication: {
            type: 'UserAssignedIdentity'
            userAssignedIdentityResourceId: identity.id
          }
        }
      }
      runtime: {
        name: 'dotnet-isolated'
        version: '10.0'
      }
      scaleAndConcurrency: {
        instanceMemoryMB: instanceMemoryMB
        maximumInstanceCount: maximumInstanceCount
      }
    }
  }
}

// Flex Consumption takes the runtime from functionAppConfig: FUNCTIONS_WORKER_RUNTIME,
// FUNCTIONS_EXTENSION_VERSION, WEBSITE_RUN_FROM_PACKAGE and WEBSITE_CONTENT* must not be set.
resource appSettings 'Microsoft.Web/sites/config@2024-11-01' = {
  parent: app
  name: 'appsettings'
  properties: union(newsdeskSettings, {
    // Identity-based AzureWebJobsStorage (host state, blob trigger receipts, poison queue).
    AzureWebJobsStorage__credential: 'managedidentity'
    AzureWebJobsStorage__clientId: identity.properties.clientId
    AzureWebJobsStorage__blobServiceUri: storage.properties.primaryEndpoints.blob
    AzureWebJobsStorage__queueServiceUri: storage.properties.primaryEndpoints.queue
    AzureWebJobsStorage__tableServiceUri: storage.properties.primaryEndpoints.table
    // DefaultAzureCredential in the app's own clients picks the same identity.
    AZURE_CLIENT_ID: identity.properties.clientId
    // The connection string only locates the component; with local auth disabled the key in it
    // grants nothing, ingestion authenticates with the identity (Monitoring Metrics Publisher).
    APPLICATIONINSIGHTS_CONNECTION_STRING: appInsights.properties.ConnectionString
    APPLICATIONINSIGHTS_AUTHENTICATION_STRING: 'ClientId=${identity.properties.clientId};Authorization=AAD'
    // A 6 MB gen0 budget (hex) instead of one sized from the CPU's L3 cache (16 MB on a 32 MB L3):
    // keeps a streamed export's peak memory flat in its row count. No runtimeconfig name, hence an
    // environment variable; docs/export.md has the measurements.
    DOTNET_GCgen0size: '0x600000'
  })
}

// Publishing with user/site credentials (FTP, SCM basic auth) is off; deployments use Entra ID.
resource ftpPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'ftp'
  properties: {
    allow: false
  }
}

resource scmPolicy 'Microsoft.Web/sites/basicPublishingCredentialsPolicies@2024-11-01' = {
  parent: app
  name: 'scm'
  properties: {
    allow: false
  }
}

@description('Function app name.')
output name string = app.name

@description('Default host name of the app.')
output defaultHostName string = app.properties.defaultHostName
