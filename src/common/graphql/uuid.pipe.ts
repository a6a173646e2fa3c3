import { PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { badInput } from '../errors/app-error';

/** Validates an ID argument and names it in the error. */
export class UuidPipe implements PipeTransform<string, string> {
  constructor(private readonly field: string) {}
  transform(value: string): string {
    if (typeof value !== 'string' || !isUUID(value)) throw badInput(this.field, 'keine gültige ID');
    return value;
  }
}
