/** DynamoDB commands whose consumed capacity is read capacity; everything else the bench sends writes. */
const READS = new Set([
  'GetItemCommand',
  'QueryCommand',
  'ScanCommand',
  'BatchGetItemCommand',
  'TransactGetItemsCommand',
  'GetCommand',
  'BatchGetCommand',
  'TransactGetCommand',
]);

export const isReadCommand = (commandName: string): boolean => READS.has(commandName);
