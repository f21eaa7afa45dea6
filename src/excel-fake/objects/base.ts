import type { FakeRequestContext, LoadResult } from '../context';
import { FakeExcelError, propertyNotLoaded } from '../errors';

export type LoadSpec = string | string[] | { select?: string | string[] } | undefined;

export function loadPaths(spec: LoadSpec): string[] {
  const raw = spec === undefined ? [] : typeof spec === 'string' || Array.isArray(spec) ? spec : (spec.select ?? []);
  const list = typeof raw === 'string' ? raw.split(',') : raw;
  return list.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * Base of every fake proxy. Like a real Office.js proxy, its properties are unreadable until they
 * were loaded and a sync ran (PropertyNotLoaded); writes queue until sync.
 */
export abstract class FakeObject {
  private readonly loadedValues = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(readonly context: FakeRequestContext) {}

  protected abstract readonly typeName: string;

  /** Scalar properties a bare load() reads. */
  protected defaultProps(): string[] {
    return [];
  }

  /** False when the object does not exist at sync time (an *OrNullObject result). */
  protected exists(): boolean {
    return true;
  }

  protected readProp(name: string): unknown {
    throw new FakeExcelError('InvalidArgument', `${this.typeName}.${name} cannot be loaded in the fake`);
  }

  protected child(_name: string): FakeObject | null {
    return null;
  }

  protected loaded<T>(name: string): T {
    if (!this.loadedValues.has(name)) throw propertyNotLoaded(name, this.typeName);
    return this.loadedValues.get(name) as T;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded('isNullObject', this.typeName);
    return this.nullState;
  }

  /** *OrNullObject results know whether they exist after the next sync, without a load. */
  protected trackNull(): void {
    this.context.read(['isNullObject'], () => {
      const missing = !this.exists();
      return { data: missing, commit: () => (this.nullState = missing) };
    });
  }

  load(spec?: LoadSpec): this {
    const paths = loadPaths(spec);
    this.context.read(paths, () => this.collect(paths));
    return this;
  }

  /** Reads the live state for `paths` at sync time. */
  collect(paths: string[]): LoadResult {
    const exists = this.exists();
    if (!exists) return { data: null, commit: () => (this.nullState = true) };
    const list = paths.length > 0 ? paths : this.defaultProps();
    const data: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    const own = new Map<string, unknown>();
    const nested = new Map<string, string[]>();
    for (const path of list) {
      const [head = '', ...rest] = path.split('/');
      const child = this.child(head);
      if (child) {
        const sub = nested.get(head) ?? [];
        if (rest.length > 0) sub.push(rest.join('/'));
        nested.set(head, sub);
        continue;
      }
      const value = this.readProp(head);
      own.set(head, value);
      data[head] = value;
    }
    for (const [head, sub] of nested) {
      const child = this.child(head);
      if (!child) continue;
      const result = child.collect(sub);
      data[head] = result.data;
      commits.push(result.commit);
    }
    return {
      data,
      commit: () => {
        this.nullState = false;
        for (const [k, v] of own) this.loadedValues.set(k, v);
        for (const c of commits) c();
      },
    };
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loadedValues);
  }
}

/** A collection proxy: `items` is readable after load + sync. */
export abstract class FakeCollection<T extends FakeObject> extends FakeObject {
  private itemList: T[] | undefined;

  protected abstract list(): T[];

  get items(): T[] {
    if (this.itemList === undefined) throw propertyNotLoaded('items', this.typeName);
    return this.itemList;
  }

  override collect(paths: string[]): LoadResult {
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, '')).filter((p) => p.length > 0);
    const items = this.list();
    const results = items.map((item) => item.collect(itemPaths));
    return {
      data: results.map((r) => r.data),
      commit: () => {
        this.itemList = items;
        for (const r of results) r.commit();
      },
    };
  }
}

/** OfficeExtension.ClientResult: `value` is readable after sync. */
export class FakeClientResult<T> {
  private ready = false;
  private result: T | undefined;

  get value(): T {
    if (!this.ready) throw propertyNotLoaded('value', 'ClientResult');
    return this.result as T;
  }

  set(value: T): void {
    this.result = value;
    this.ready = true;
  }
}
