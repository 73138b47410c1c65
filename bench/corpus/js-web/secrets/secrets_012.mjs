// S3 client with an access key pair in the source.
import express from 'express';
import { S3Client, ListObjectsV2Command } from '@aws-sdk/client-s3';

const app = express();
app.use(express.json());

const s3 = new S3Client({
  region: 'eu-west-1',
  credentials: {
    // expect: CWE-798
    accessKeyId: 'AKIAQ3EGRT5VNX2LJ7PD',
    // expect: CWE-798
    secretAccessKey: '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',
  },
});

app.get('/backups', async (req, res) => {
  const out = await s3.send(new ListObjectsV2Command({ Bucket: 'shop-backups' }));
  res.json(out.Contents || []);
});

app.listen(3000);
