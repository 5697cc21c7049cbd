// Newsdesk on Azure Functions Flex Consumption: one storage account (uploads, tables, deployment
// package), a user-assigned managed identity with data-plane roles only, a .NET 10 isolated function
// app, Log Analytics + Application Insights with Entra-only ingestion, and the Event Grid system
// topic the blob trigger's subscription hangs off (eventgrid.bicep, deployed after the code).
// No keys, connection strings with secrets or SAS tokens are created, passed or output.

targetScope = 'resourceGroup'

@description('Environment name (azd environment); part of the resource token and tagged as azd-env-name.')
@minLength(1)
@maxLength(64)
param environmentName string

@description('Azure region of every resource (one that offers Flex Consumption).')
param location string = resourceGroup().location

@description('Prefix of resource names: lower-case letters and digits, 2-11 characters (the storage account name is the prefix + a 13-character token).')
@minLength(2)
@maxLength(11)
param namePrefix string = 'newsdesk'

@description('Tags put on every resource (azd-env-name is added).')
param tags { *: string } = {}

@description('Memory per function instance in MB (512, 2048 or 4096); CPU is proportional, billing is per GB-second.')
@allowed([
  512
  2048
  4096
])
param instanceMemoryMB int = 2048

@description('Upper bound of scale-out (40-1000 instances): caps cost and the load on Table Storage (docs/deploy.md: a few instances already saturate one storage account).')
@minValue(40)
@maxValue(1000)
param maximumInstanceCount int = 40

@description('Prefix of every table name (empty in production; see docs/table-model.md).')
@maxLength(20)
param tablePrefix string = ''

@description('Object id of the person or pipeline deploying, given data access for the newsdesk CLI ("" = none).')
param deployerPrincipalId string = ''

@description('Kind of principal deployerPrincipalId is.')
@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param deployerPrincipalType string = 'User'

@description('Days Log Analytics keeps telemetry.')
@minValue(30)
@maxValue(730)
param logRetentionInDays int = 30

@description('Days a deleted or overwritten blob stays recoverable.')
@minValue(1)
@maxValue(365)
param blobSoftDeleteDays int = 7

@description('Unique, stable suffix of globally unique names.')
var resourceToken = toLower(uniqueString(subscription().id, resourceGroup().id, environmentName))

@description('Resource names (what-if needs them known before deployment, so modules get these, not outputs).')
var resourceNames = {
  storageAccount: '${namePrefix}${resourceToken}'
  applicationInsights: '${namePrefix}-appi-${resourceToken}'
}

@description('Tags for every resource.')
var allTags = union(tags, { 'azd-env-name': environmentName })

@description('Blob containers, tables and queues of docs/table-model.md.')
var names = {
  articlesContainer: 'articles'
  articleJsonContainer: 'article-json'
  deploymentContainer: 'app-package'
  deadLetterContainer: 'eventgrid-deadletter'
  tables: [
    '${tablePrefix}Articles'
    '${tablePrefix}Entities'
    '${tablePrefix}IngestionLog'
  ]
  poisonQueue: 'articles-poison'
}

@description('Built-in roles the app identity needs on the storage account.')
var appStorageRoles = [
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b' // Storage Blob Data Owner (host + deployment package + blobs)
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor (host queues, poison queue)
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor (Newsdesk tables)
]

@description('Built-in roles the deployer gets to upload, export and run the CLI against the account.')
var deployerStorageRoles = [
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe' // Storage Blob Data Contributor
  '974c5e8b-45b9-4653-ba55-5f855dd0fb88' // Storage Queue Data Contributor
  '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3' // Storage Table Data Contributor
]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: '${namePrefix}-id-${resourceToken}'
  location: location
  tags: allTags
}

module storage 'modules/storage.bicep' = {
  name: 'storage'
  params: {
    name: resourceNames.storageAccount
    location: location
    tags: allTags
    articlesContainerName: names.articlesContainer
    articleJsonContainerName: names.articleJsonContainer
    deploymentContainerName: names.deploymentContainer
    deadLetterContainerName: names.deadLetterContainer
    tableNames: names.tables
    queueNames: [
      names.poisonQueue
    ]
    blobSoftDeleteDays: blobSoftDeleteDays
  }
}

module appStorageAccess 'modules/storage-roles.bicep' = {
  name: 'app-storage-roles'
  params: {
    storageAccountName: resourceNames.storageAccount
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
    assignmentSeed: identity.id
    roleDefinitionIds: appStorageRoles
  }
  dependsOn: [
    storage
  ]
}

module deployerStorageAccess 'modules/storage-roles.bicep' = if (!empty(deployerPrincipalId)) {
  name: 'deployer-storage-roles'
  params: {
    storageAccountName: resourceNames.storageAccount
    principalId: deployerPrincipalId
    principalType: deployerPrincipalType
    assignmentSeed: deployerPrincipalId
    roleDefinitionIds: deployerStorageRoles
  }
  dependsOn: [
    storage
  ]
}

module monitoring 'modules/monitoring.bicep' = {
  name: 'monitoring'
  params: {
    workspaceName: '${namePrefix}-log-${resourceToken}'
    applicationInsightsName: resourceNames.applicationInsights
    location: location
    tags: allTags
    retentionInDays: logRetentionInDays
    publisherPrincipalId: identity.properties.principalId
    publisherAssignmentSeed: identity.id
  }
}

module functionApp 'modules/functionapp.bicep' = {
  name: 'functionapp'
  params: {
    name: '${namePrefix}-func-${resourceToken}'
    planName: '${namePrefix}-plan-${resourceToken}'
    location: location
    tags: allTags
    azdServiceName: 'api'
    identityName: identity.name
    storageAccountName: resourceNames.storageAccount
    deploymentContainerName: names.deploymentContainer
    applicationInsightsName: resourceNames.applicationInsights
    instanceMemoryMB: instanceMemoryMB
    maximumInstanceCount: maximumInstanceCount
    // NewsdeskStorageOptions (configuration section "Newsdesk", src/Newsdesk.Storage).
    newsdeskSettings: {
      Newsdesk__TablePrefix: tablePrefix
      Newsdesk__ArticlesContainer: names.articlesContainer
      Newsdesk__ArticleJsonContainer: names.articleJsonContainer
      Newsdesk__PoisonQueue: names.poisonQueue
    }
  }
  // The host must not start before its identity can read the deployment package and storage, nor
  // before Application Insights accepts its telemetry.
  dependsOn: [
    appStorageAccess
    monitoring
  ]
}

module eventGridTopic 'modules/eventgrid-topic.bicep' = {
  name: 'eventgrid-topic'
  params: {
    name: '${namePrefix}-evgt-${resourceToken}'
    location: location
    tags: allTags
    storageAccountName: resourceNames.storageAccount
    deadLetterContainerName: names.deadLetterContainer
  }
  dependsOn: [
    storage
  ]
}

@description('Resource group deployed to.')
output AZURE_RESOURCE_GROUP string = resourceGroup().name

@description('Function app name (azd service "api").')
output AZURE_FUNCTION_APP_NAME string = functionApp.outputs.name

@description('Function app host name (https://{host}/api/export/{dataset}).')
output AZURE_FUNCTION_APP_HOST_NAME string = functionApp.outputs.defaultHostName

@description('Storage account name (uploads go to its articles container).')
output AZURE_STORAGE_ACCOUNT_NAME string = storage.outputs.name

@description('Blob endpoint of the storage account.')
output AZURE_STORAGE_BLOB_ENDPOINT string = storage.outputs.blobEndpoint

@description('Table endpoint of the storage account.')
output AZURE_STORAGE_TABLE_ENDPOINT string = storage.outputs.tableEndpoint

@description('Application Insights component (Entra ID auth only).')
output AZURE_APPLICATION_INSIGHTS_NAME string = monitoring.outputs.applicationInsightsName

@description('Client id of the app\'s managed identity (an identifier, not a secret).')
output AZURE_FUNCTION_IDENTITY_CLIENT_ID string = identity.properties.clientId

@description('Event Grid system topic eventgrid.bicep subscribes the function to.')
output AZURE_EVENTGRID_SYSTEM_TOPIC_NAME string = eventGridTopic.outputs.name
