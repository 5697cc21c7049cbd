// Data-plane roles on the storage account for one principal. Assignment names are guid()s of the
// scope, a stable seed for the principal and the role, so redeployments update rather than duplicate.

@description('Storage account the roles apply to.')
param storageAccountName string

@description('Object (principal) id of the identity, user or group that gets the roles.')
param principalId string

@description('Kind of principal: ServicePrincipal for managed identities (skips the directory lookup delay).')
@allowed([
  'ServicePrincipal'
  'User'
  'Group'
])
param principalType string

@description('Deterministic value naming the principal in the assignment name (e.g. the identity resource id).')
param assignmentSeed string

@description('Built-in role definition GUIDs to assign.')
param roleDefinitionIds string[]

resource account 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource assignments 'Microsoft.Authorization/roleAssignments@2022-04-01' = [
  for roleId in roleDefinitionIds: {
    name: guid(account.id, assignmentSeed, roleId)
    scope: account
    properties: {
      roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
      principalId: principalId
      principalType: principalType
    }
  }
]
