#!/bin/sh
# azd postdeploy hook (also usable by hand): once the code is deployed, subscribe IngestArticle to the
# articles container's BlobCreated events (infra/eventgrid.bicep). The Functions host creates the
# blobs_extension system key the webhook needs on its first start with the blob trigger loaded, so
# wait for that key first. Needs the az CLI signed in to the same subscription (az login).
# Environment (azd sets these from main.bicep's outputs): AZURE_RESOURCE_GROUP,
# AZURE_FUNCTION_APP_NAME, AZURE_FUNCTION_APP_HOST_NAME, AZURE_EVENTGRID_SYSTEM_TOPIC_NAME,
# AZURE_STORAGE_ACCOUNT_NAME.
set -eu
cd "$(dirname "$0")/../.."

: "${AZURE_RESOURCE_GROUP:?set AZURE_RESOURCE_GROUP}"
: "${AZURE_FUNCTION_APP_NAME:?set AZURE_FUNCTION_APP_NAME}"
: "${AZURE_EVENTGRID_SYSTEM_TOPIC_NAME:?set AZURE_EVENTGRID_SYSTEM_TOPIC_NAME}"
: "${AZURE_STORAGE_ACCOUNT_NAME:?set AZURE_STORAGE_ACCOUNT_NAME}"

if [ -n "${AZURE_SUBSCRIPTION_ID:-}" ]; then
  az account set --subscription "$AZURE_SUBSCRIPTION_ID"
fi

echo "Waiting for the blobs_extension key of $AZURE_FUNCTION_APP_NAME (first host start)..."
attempt=0
while :; do
  # Only whether the key exists is printed, never the key.
  present=$(az functionapp keys list --resource-group "$AZURE_RESOURCE_GROUP" --name "$AZURE_FUNCTION_APP_NAME" \
    --query "systemKeys.blobs_extension != null" --output tsv 2>/dev/null || echo false)
  [ "$present" = "true" ] && break
  attempt=$((attempt + 1))
  if [ "$attempt" -ge 30 ]; then
    echo "The host has not created the blobs_extension key after 5 minutes: is IngestArticle deployed? (az functionapp function list -g $AZURE_RESOURCE_GROUP -n $AZURE_FUNCTION_APP_NAME)" >&2
    exit 1
  fi
  # A request wakes a scaled-to-zero Flex app so its host starts and loads the blob extension.
  if [ -n "${AZURE_FUNCTION_APP_HOST_NAME:-}" ]; then
    curl --silent --output /dev/null --max-time 20 "https://$AZURE_FUNCTION_APP_HOST_NAME/" || true
  fi
  sleep 10
done

# Event Grid validates the webhook when the subscription is created; retry while the host warms up.
for try in 1 2 3; do
  if az deployment group create \
      --resource-group "$AZURE_RESOURCE_GROUP" \
      --name newsdesk-eventgrid \
      --template-file infra/eventgrid.bicep \
      --parameters functionAppName="$AZURE_FUNCTION_APP_NAME" \
                   systemTopicName="$AZURE_EVENTGRID_SYSTEM_TOPIC_NAME" \
                   storageAccountName="$AZURE_STORAGE_ACCOUNT_NAME" \
      --output none; then
    echo "Event Grid: BlobCreated on container 'articles' now triggers IngestArticle."
    exit 0
  fi
  echo "Event Grid subscription attempt $try failed; retrying in 30 s." >&2
  sleep 30
done
exit 1
