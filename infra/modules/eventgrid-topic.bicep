// Event Grid system topic for the storage account's events. The subscription that delivers
// BlobCreated to the function (eventgrid-subscription.bicep) needs the app's blobs_extension key, which
// exists only once the code is deployed, so it is a second deployment (infra/eventgrid.bicep).
// The topic's own identity may write undeliverable events to the dead-letter container.

@description('System topic name.')
param name string

@description('Azure region (the storage account\'s).')
param location string

@description('Tags put on every resource.')
param tags { *: string }

@description('Storage account whose events the topic publishes.')
param storageAccountName string

@description('Container undeliverable events are written to.')
param deadLetterContainerName string

@description('Storage Blob Data Contributor (built-in role), scoped to the dead-letter container only.')
var storageBlobDataContributorRoleId = 'ba92f5b4-2d11-453d-a403-e96b0029c9fe'

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName

  resource blobService 'blobServices' existing = {
    name: 'default'

    resource deadLetterContainer 'containers' existing = {
      name: deadLetterContainerName
    }
  }
}

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' = {
  name: name
  location: location
  tags: tags
  identity: {
    type: 'SystemAssigned'
  }
  properties: {
    source: storage.id
    topicType: 'Microsoft.Storage.StorageAccounts'
  }
}

resource deadLetterWriter 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage::blobService::deadLetterContainer.id, topic.id, storageBlobDataContributorRoleId)
  scope: storage::blobService::deadLetterContainer
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributorRoleId)
    principalId: topic.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

@description('System topic name.')
output name string = topic.name
