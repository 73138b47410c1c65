// SMS login code drawn from Math.random.
import { sendSms } from './sms';

export default async function handler(req, res) {
  if (req.method !== 'POST') {
    return res.status(405).end();
  }
  const phone = req.body.phone;
  // expect: CWE-330
  const otp = Math.floor(100000 + Math.random() * 900000);
  await sendSms(phone, `Your code is ${otp}`);
  res.status(200).json({ sent: true });
}
