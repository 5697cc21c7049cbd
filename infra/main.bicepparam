// Parameters for main.bicep. azd sets AZURE_ENV_NAME, AZURE_LOCATION and AZURE_PRINCIPAL_ID (the
// signed-in user); with the az CLI export them yourself (docs/deploy.md) or edit the fallbacks.
using 'main.bicep'

param environmentName = readEnvironmentVariable('AZURE_ENV_NAME', 'newsdesk')
param location = readEnvironmentVariable('AZURE_LOCATION', 'westeurope')
param namePrefix = 'newsdesk'
param instanceMemoryMB = 2048
param maximumInstanceCount = 40
param tablePrefix = ''
param deployerPrincipalId = readEnvironmentVariable('AZURE_PRINCIPAL_ID', '')
param deployerPrincipalType = readEnvironmentVariable('AZURE_PRINCIPAL_TYPE', 'User')
param tags = {
  application: 'newsdesk'
}
