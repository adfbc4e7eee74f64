import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { type DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';

/**
 * A put that its condition may refuse: `false` when it did. The one write primitive of every
 * store here, since the local engine has no transactions and none are needed.
 */
export const conditionalPut = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  item: Record<string, unknown>,
  condition: string,
  values?: Record<string, unknown>,
): Promise<boolean> => {
  try {
    await client.send(
      new PutCommand({
        TableName: tableName,
        Item: item,
        ConditionExpression: condition,
        ExpressionAttributeValues: values,
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
};
