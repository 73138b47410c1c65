// S3 client with an access key pair in the source.
import { S3Client, ListObjectsV2Command } from '@aws-sdk/client-s3';

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    // expect: CWE-798
    accessKeyId: 'AKIAQ3EGRT5VNX2LJ7PD',
    // expect: CWE-798
    secretAccessKey: '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',
  },
});

export default async function handler(req, res) {
  if (req.method !== 'GET') {
    return res.status(405).end();
  }
  const out = await s3.send(new ListObjectsV2Command({ Bucket: 'shop-backups' }));
  res.status(200).json(out.Contents || []);
}
