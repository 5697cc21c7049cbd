// Event Grid subscription delivering the articles container's BlobCreated events to the blob
// extension's webhook of the IngestArticle function (blob trigger with Source = EventGrid).

@description('System topic on the storage account (from main.bicep).')
param systemTopicName string

@description('Event subscription name.')
param name string

@description('The blob extension webhook of the function app, with its blobs_extension key in the query string.')
@secure()
param webhookEndpointUrl string

@description('Container whose uploads are delivered.')
param articlesContainerName string

@description('Storage account holding the dead-letter container.')
param storageAccountName string

@description('Container undeliverable events are written to.')
param deadLetterContainerName string

@description('Delivery attempts before an event is dead-lettered (Event Grid allows 1-30).')
@minValue(1)
@maxValue(30)
param maxDeliveryAttempts int = 30

@description('Minutes an event may wait for delivery before it is dead-lettered (1-1440).')
@minValue(1)
@maxValue(1440)
param eventTimeToLiveInMinutes int = 1440

resource topic 'Microsoft.EventGrid/systemTopics@2025-02-15' existing = {
  name: systemTopicName
}

resource storage 'Microsoft.Storage/storageAccounts@2025-01-01' existing = {
  name: storageAccountName
}

resource subscription 'Microsoft.EventGrid/systemTopics/eventSubscriptions@2025-02-15' = {
  parent: topic
  name: name
  properties: {
    eventDeliverySchema: 'EventGridSchema'
    destination: {
      endpointType: 'WebHook'
      properties: {
        endpointUrl: webhookEndpointUrl
        maxEventsPerBatch: 1
        preferredBatchSizeInKilobytes: 64
      }
    }
    filter: {
      includedEventTypes: [
        'Microsoft.Storage.BlobCreated'
      ]
      subjectBeginsWith: '/blobServices/default/containers/${articlesContainerName}/blobs/'
      // One upload raises one event: PutBlob (single shot), PutBlockList (commit of a block upload),
      // FlushWithClose (Data Lake write), CopyBlob (server-side copy). Other APIs that also raise
      // BlobCreated (e.g. PutBlockFromUrl staging) would deliver duplicates or half-written blobs.
      advancedFilters: [
        {
          operatorType: 'StringIn'
          key: 'data.api'
          values: [
            'PutBlob'
            'PutBlockList'
            'FlushWithClose'
            'CopyBlob'
          ]
        }
      ]
    }
    retryPolicy: {
      maxDeliveryAttempts: maxDeliveryAttempts
      eventTimeToLiveInMinutes: eventTimeToLiveInMinutes
    }
    deadLetterWithResourceIdentity: {
      identity: {
        type: 'SystemAssigned'
      }
      deadLetterDestination: {
        endpointType: 'StorageBlob'
        properties: {
          resourceId: storage.id
          blobContainerName: deadLetterContainerName
        }
      }
    }
  }
}

@description('Event subscription name.')
output name string = subscription.name
