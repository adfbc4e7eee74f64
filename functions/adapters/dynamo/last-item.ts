import { type DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';

/**
 * The item with the highest sort key in a partition (below a sort-key prefix, if given), read
 * consistently: how each numbered sequence here (versions, feed places, digests) finds its end
 * before writing the next number.
 */
export const lastItem = async (
  client: DynamoDBDocumentClient,
  tableName: string,
  pk: string,
  skPrefix?: string,
): Promise<Record<string, unknown> | undefined> => {
  const result = await client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: skPrefix ? 'pk = :pk AND begins_with(sk, :prefix)' : 'pk = :pk',
      ExpressionAttributeValues: { ':pk': pk, ...(skPrefix && { ':prefix': skPrefix }) },
      ScanIndexForward: false,
      Limit: 1,
      ConsistentRead: true,
    }),
  );
  return result.Items?.[0];
};
