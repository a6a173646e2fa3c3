import { INestApplication } from '@nestjs/common';
export async function seedDemoData(app: INestApplication): Promise<void> {
  void app;
}
