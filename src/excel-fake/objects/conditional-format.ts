/// <reference types="office-js" />
import type { Rect } from '../a1';
import { intersect } from '../a1';
import type { FakeRequestContext } from '../context';
import { FakeExcelError } from '../errors';
import type { CfState } from '../state';
import { newId } from '../state';
import { FakeCollection, FakeObject } from './base';
import type { SheetRef } from './sheet-ref';
import { assertWritable, requireSheet } from './sheet-ref';

type CfRef = { state: CfState | null };

export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat> {
  protected readonly typeName = 'ConditionalFormatCollection';

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef, private readonly rectsRef: () => Rect[] | null) {
    super(context);
  }

  protected list(): FakeConditionalFormat[] {
    const sheet = requireSheet(this.sheetRef);
    const rects = this.rectsRef() ?? [];
    return sheet.cfs
      .filter((cf) => cf.ranges.some((a) => rects.some((b) => intersect(a, b))))
      .map((cf) => new FakeConditionalFormat(this.context, this.sheetRef, { state: cf }));
  }

  add(type: Excel.ConditionalFormatType | string): FakeConditionalFormat {
    const ref: CfRef = { state: null };
    this.context.write(['addConditionalFormat', type], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      if (type !== 'Custom') throw new FakeExcelError('NotImplemented', `the fake supports custom conditional formats only (${type})`);
      const rects = this.rectsRef();
      if (!rects) throw new FakeExcelError('InvalidReference', 'null range');
      const state: CfState = { id: newId('cf'), type, ranges: rects.map((r) => ({ ...r })), formula: '', fill: null, fontColor: null };
      sheet.cfs.push(state);
      ref.state = state;
    });
    return new FakeConditionalFormat(this.context, this.sheetRef, ref);
  }
}

export class FakeConditionalFormat extends FakeObject {
  protected readonly typeName = 'ConditionalFormat';
  readonly custom: FakeCustomConditionalFormat;
  readonly customOrNullObject: FakeCustomConditionalFormat;

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef, private readonly ref: CfRef) {
    super(context);
    this.custom = new FakeCustomConditionalFormat(context, sheetRef, ref, false);
    this.customOrNullObject = new FakeCustomConditionalFormat(context, sheetRef, ref, true);
  }

  protected override defaultProps(): string[] {
    return ['id', 'type'];
  }

  protected override child(name: string): FakeObject | null {
    return name === 'custom' ? this.custom : name === 'customOrNullObject' ? this.customOrNullObject : null;
  }

  protected override readProp(name: string): unknown {
    const s = this.ref.state;
    if (!s) throw new FakeExcelError('InvalidReference', 'conditional format not created');
    if (name === 'id') return s.id;
    if (name === 'type') return s.type;
    return super.readProp(name);
  }

  get id(): string { return this.loaded('id'); }
  get type(): string { return this.loaded('type'); }

  delete(): void {
    this.context.write(['deleteConditionalFormat'], () => {
      const sheet = requireSheet(this.sheetRef);
      assertWritable(sheet);
      sheet.cfs = sheet.cfs.filter((cf) => cf !== this.ref.state);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeObject {
  protected readonly typeName = 'CustomConditionalFormat';
  readonly rule: FakeCfPart;
  readonly format: FakeCfFormat;

  constructor(context: FakeRequestContext, sheetRef: SheetRef, private readonly ref: CfRef, private readonly orNull: boolean) {
    super(context);
    this.rule = new FakeCfPart(context, sheetRef, ref, 'rule');
    this.format = new FakeCfFormat(context, sheetRef, ref);
  }

  protected override exists(): boolean {
    return !this.orNull || this.ref.state?.type === 'Custom';
  }

  protected override child(name: string): FakeObject | null {
    return name === 'rule' ? this.rule : name === 'format' ? this.format : null;
  }
}

export class FakeCfPart extends FakeObject {
  protected readonly typeName: string;

  constructor(context: FakeRequestContext, private readonly sheetRef: SheetRef, private readonly ref: CfRef, private readonly part: 'rule' | 'fill' | 'font') {
    super(context);
    this.typeName = part === 'rule' ? 'ConditionalFormatRule' : part === 'fill' ? 'ConditionalRangeFill' : 'ConditionalRangeFont';
  }

  protected override defaultProps(): string[] {
    return this.part === 'rule' ? ['formula'] : ['color'];
  }

  protected override readProp(name: string): unknown {
    const s = this.ref.state;
    if (!s) throw new FakeExcelError('InvalidReference', 'conditional format not created');
    if (this.part === 'rule' && name === 'formula') return s.formula;
    if (this.part === 'fill' && name === 'color') return s.fill;
    if (this.part === 'font' && name === 'color') return s.fontColor;
    return super.readProp(name);
  }

  private update(fn: (s: CfState) => void, args: unknown): void {
    this.context.write(args, () => {
      assertWritable(requireSheet(this.sheetRef));
      const s = this.ref.state;
      if (!s) throw new FakeExcelError('InvalidReference', 'conditional format not created');
      fn(s);
    });
  }

  get formula(): string { return this.loaded('formula'); }
  set formula(v: string) { this.update((s) => (s.formula = v), v); }
  get color(): string { return this.loaded('color'); }
  set color(v: string) {
    this.update((s) => {
      if (this.part === 'fill') s.fill = v;
      else s.fontColor = v;
    }, v);
  }
}

export class FakeCfFormat extends FakeObject {
  protected readonly typeName = 'ConditionalRangeFormat';
  readonly fill: FakeCfPart;
  readonly font: FakeCfPart;

  constructor(context: FakeRequestContext, sheetRef: SheetRef, ref: CfRef) {
    super(context);
    this.fill = new FakeCfPart(context, sheetRef, ref, 'fill');
    this.font = new FakeCfPart(context, sheetRef, ref, 'font');
  }

  protected override child(name: string): FakeObject | null {
    return name === 'fill' ? this.fill : name === 'font' ? this.font : null;
  }
}
