/**
 * A reference line of the cold-import bench: a handler with no dependency at all, so the table shows
 * what importing any bundle costs (reading and compiling the file) apart from what it contains.
 */
export const handler = async (): Promise<{ statusCode: number; body: string }> => ({ statusCode: 200, body: 'hello' });
