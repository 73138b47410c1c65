// Mongo connection string carrying the admin password.
import express from 'express';
import mongoose from 'mongoose';

const app = express();
app.use(express.json());

// expect: CWE-798
await mongoose.connect('mongodb://admin:hunter2-prod@mongo.internal:27017/shop?authSource=admin');

app.get('/health', (req, res) => {
  res.json({ db: mongoose.connection.readyState });
});

app.listen(3000);
