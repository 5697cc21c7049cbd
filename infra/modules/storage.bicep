// The one storage account Newsdesk uses: uploads, overflow JSON, the Flex deployment package, the
// tables of docs/table-model.md and the poison queue. Shared keys are off: every client (the
// Functions host, the app, the deployer, Event Grid dead-lettering) signs in with Microsoft Entra ID.

@description('Storage account name (3-24 lower-case letters and digits, globally unique).')
@minLength(3)
@maxLength(24)
param name string

@description('Azure region of the account.')
param location string

@description('Tags put on every resource.')
param tags { *: string }

@description('Container users upload articles to (the blob trigger watches it).')
param articlesContainerName string

@description('Container for article JSON too large for one table entity.')
param articleJsonContainerName string

@description('Container Flex Consumption reads the deployment package from.')
param deploymentContainerName string

@description('Container Event Grid writes undeliverable events to.')
param deadLetterContainerName string

@description('Table names (already prefixed).')
param tableNames string[]

@description('Queue names.')
param queueNames string[]

@description('Days a deleted or overwritten blob (or a deleted container) stays recoverable.')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    accessTier: 'Hot'
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    allowCrossTenantReplication: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
    networkAcls: {
      bypass: 'AzureServices'
      defaultAction: 'Allow'
    }
    encryption: {
      keySource: 'Microsoft.Storage'
      services: {
        blob: { enabled: true }
        table: { enabled: true, keyType: 'Account' }
        queue: { enabled: true, keyType: 'Account' }
      }
    }
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2025-01-01' = {
  parent: account
  name: 'default'
  properties: {
    deleteRetentionPolicy: {
      enabled: true
      days: blobSoftDeleteDays
    }
    containerDeleteRetentionPolicy: {
      enabled: true
      days: blobSoftDeleteDays
    }
  }
}

resource containers 'Microsoft.Storage/storageAccounts/blobServices/containers@2025-01-01' = [
  for containerName in [articlesContainerName, articleJsonContainerName, deploymentContainerName, deadLetterContainerName]: {
    parent: blobService
    name: containerName
    properties: {
      publicAccess: 'None'
    }
  }
]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2025-01-01' = [
  for tableName in tableNames: {
    parent: tableService
    name: tableName
  }
]

resource queueService 'Microsoft.Storage/storageAccounts/queueServices@2025-01-01' = {
  parent: account
  name: 'default'
}

resource queues 'Microsoft.Storage/storageAccounts/queueServices/queues@2025-01-01' = [
  for queueName in queueNames: {
    parent: queueService
    name: queueName
  }
]

@description('Storage account name.')
output name string = account.name

@description('Blob service endpoint, e.g. https://{account}.blob.core.windows.net/.')
output blobEndpoint string = account.properties.primaryEndpoints.blob

@description('Table service endpoint.')
output tableEndpoint string = account.properties.primaryEndpoints.table
