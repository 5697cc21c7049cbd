// Second deployment step (after the code is published): subscribes the IngestArticle function to the
// articles container's BlobCreated events. The blob extension's webhook needs the app's
// blobs_extension system key, which the Functions host creates only when it first starts with the
// blob trigger loaded, so this cannot be part of main.bicep. Run by infra/hooks/postdeploy.sh
// (azd) or by hand (docs/deploy.md).

@description('Function app name (output AZURE_FUNCTION_APP_NAME of main.bicep).')
param functionAppName string

@description('Event Grid system topic on the storage account (output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME).')
param systemTopicName string

@description('Storage account name (output AZURE_STORAGE_ACCOUNT_NAME).')
param storageAccountName string

@description('Blob-triggered function that ingests uploads.')
param functionName string = 'IngestArticle'

@description('Container users upload articles to.')
param articlesContainerName string = 'articles'

@description('Container undeliverable events are written to.')
param deadLetterContainerName string = 'eventgrid-deadletter'

resource app 'Microsoft.Web/sites@2024-11-01' existing = {
  name: functionAppName
}

// Microsoft.Web/sites/host has no type definitions in Bicep (BCP081 on an `existing` symbol), so the
// key is read with listKeys on its resource id: POST .../sites/{app}/host/default/listkeys (ARM's
// "list host keys" operation), which the linter cannot find in its type index.
@description('The app\'s blobs_extension system key (never output).')
#disable-next-line use-recognized-resource-type
var blobsExtensionKey = listKeys(resourceId('Microsoft.Web/sites/host', app.name, 'default'), '2024-11-01').systemKeys.blobs_extension

module subscription 'modules/eventgrid-subscription.bicep' = {
  name: 'eventgrid-subscription'
  params: {
    systemTopicName: systemTopicName
    name: 'ingest-${toLower(functionName)}'
    webhookEndpointUrl: 'https://${app.properties.defaultHostName}/runtime/webhooks/blobs?functionName=Host.Functions.${functionName}&code=${blobsExtensionKey}'
    articlesContainerName: articlesContainerName
    storageAccountName: storageAccountName
    deadLetterContainerName: deadLetterContainerName
  }
}

@description('Event subscription name.')
output eventSubscriptionName string = subscription.outputs.name
