using System.Collections;
using System.Collections.Generic;

namespace System.Linq
{
    public interface IGrouping<out TKey, out TElement> : IEnumerable<TElement> { TKey Key { get; } }
    public interface ILookup<TKey, TElement> : IEnumerable<IGrouping<TKey, TElement>>
    {
        int Count { get; }
        IEnumerable<TElement> this[TKey key] { get; }
        bool Contains(TKey key);
    }
    public interface IOrderedEnumerable<out TElement> : IEnumerable<TElement>
    {
        IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending);
    }

    public class Grouping<TKey, TElement> : IGrouping<TKey, TElement>, IList<TElement>
    {
        internal readonly TKey _key;
        internal readonly List<TElement> _elements = new List<TElement>();
        internal Grouping<TKey, TElement> _next;
        internal Grouping(TKey key) { _key = key; }
        public TKey Key => _key;
        public IEnumerator<TElement> GetEnumerator() => _elements.GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => _elements.GetEnumerator();
        int ICollection<TElement>.Count => _elements.Count;
        bool ICollection<TElement>.IsReadOnly => true;
        void ICollection<TElement>.Add(TElement item) => throw new NotSupportedException("Specified method is not supported.");
        void ICollection<TElement>.Clear() => throw new NotSupportedException("Specified method is not supported.");
        bool ICollection<TElement>.Contains(TElement item) => _elements.Contains(item);
        void ICollection<TElement>.CopyTo(TElement[] array, int arrayIndex) => _elements.CopyTo(array, arrayIndex);
        bool ICollection<TElement>.Remove(TElement item) => throw new NotSupportedException("Specified method is not supported.");
        int IList<TElement>.IndexOf(TElement item) => _elements.IndexOf(item);
        void IList<TElement>.Insert(int index, TElement item) => throw new NotSupportedException("Specified method is not supported.");
        void IList<TElement>.RemoveAt(int index) => throw new NotSupportedException("Specified method is not supported.");
        TElement IList<TElement>.this[int index] { get => _elements[index]; set => throw new NotSupportedException("Specified method is not supported."); }
    }

    public class Lookup<TKey, TElement> : ILookup<TKey, TElement>
    {
        private readonly Dictionary<TKey, Grouping<TKey, TElement>> _map;
        private readonly List<Grouping<TKey, TElement>> _groups = new List<Grouping<TKey, TElement>>();
        private Grouping<TKey, TElement> _nullGroup;
        internal Lookup(IEqualityComparer<TKey> comparer) { _map = new Dictionary<TKey, Grouping<TKey, TElement>>(comparer); }
        internal Grouping<TKey, TElement> GetGrouping(TKey key, bool create)
        {
            Grouping<TKey, TElement> g;
            if (key == null)
            {
                if (_nullGroup == null && create) { _nullGroup = new Grouping<TKey, TElement>(key); _groups.Add(_nullGroup); }
                return _nullGroup;
            }
            if (_map.TryGetValue(key, out g)) return g;
            if (!create) return null;
            g = new Grouping<TKey, TElement>(key);
            _map.Add(key, g);
            _groups.Add(g);
            return g;
        }
        internal List<Grouping<TKey, TElement>> Groups => _groups;
        public int Count => _groups.Count;
        public IEnumerable<TElement> this[TKey key] { get { var g = GetGrouping(key, false); return g != null ? g : (IEnumerable<TElement>)EmptyArray<TElement>.Value; } }
        public bool Contains(TKey key) => GetGrouping(key, false) != null;
        public IEnumerator<IGrouping<TKey, TElement>> GetEnumerator() { foreach (var g in _groups) yield return g; }
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
        public IEnumerable<TResult> ApplyResultSelector<TResult>(Func<TKey, IEnumerable<TElement>, TResult> resultSelector) { foreach (var g in _groups) yield return resultSelector(g._key, g._elements); }
    }

    internal abstract class OrderedEnumerable<TElement> : IOrderedEnumerable<TElement>
    {
        internal IEnumerable<TElement> _source;
        internal OrderedEnumerable<TElement> _parent;
        internal abstract void ComputeKeys(TElement[] elements);
        internal abstract int CompareKeys(int i, int j);
        public IOrderedEnumerable<TElement> CreateOrderedEnumerable<TKey>(Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending)
            => new OrderedEnumerable<TElement, TKey>(_source, keySelector, comparer, descending, this);
        private int Compare(int i, int j)
        {
            // The chain from this (innermost ThenBy) back to OrderBy: compare the root first.
            int c = _parent != null ? _parent.CompareChain(i, j) : 0;
            if (c != 0) return c;
            c = CompareKeys(i, j);
            return c;
        }
        private int CompareChain(int i, int j)
        {
            int c = _parent != null ? _parent.CompareChain(i, j) : 0;
            if (c != 0) return c;
            return CompareKeys(i, j);
        }
        private void ComputeAll(TElement[] e)
        {
            if (_parent != null) _parent.ComputeAll(e);
            ComputeKeys(e);
        }
        internal TElement[] Sorted()
        {
            TElement[] buffer = Enumerable.ToArray(_source);
            if (buffer.Length <= 1) return buffer;
            ComputeAll(buffer);
            int[] map = new int[buffer.Length];
            for (int i = 0; i < map.Length; i++) map[i] = i;
            int[] tmp = new int[map.Length];
            MergeSort(map, tmp, 0, map.Length);
            TElement[] result = new TElement[buffer.Length];
            for (int i = 0; i < map.Length; i++) result[i] = buffer[map[i]];
            return result;
        }
        private void MergeSort(int[] a, int[] tmp, int lo, int hi)
        {
            if (hi - lo < 2) return;
            if (hi - lo <= 8)
            {
                for (int i = lo + 1; i < hi; i++)
                {
                    int v = a[i]; int j = i - 1;
                    while (j >= lo && Compare(a[j], v) > 0) { a[j + 1] = a[j]; j--; }
                    a[j + 1] = v;
                }
                return;
            }
            int mid = (lo + hi) >> 1;
            MergeSort(a, tmp, lo, mid);
            MergeSort(a, tmp, mid, hi);
            if (Compare(a[mid - 1], a[mid]) <= 0) return;
            int p = lo, q = mid, k = lo;
            while (p < mid && q < hi) tmp[k++] = Compare(a[p], a[q]) <= 0 ? a[p++] : a[q++];
            while (p < mid) tmp[k++] = a[p++];
            while (q < hi) tmp[k++] = a[q++];
            for (int i = lo; i < hi; i++) a[i] = tmp[i];
        }
        public IEnumerator<TElement> GetEnumerator()
        {
            TElement[] s = Sorted();
            for (int i = 0; i < s.Length; i++) yield return s[i];
        }
        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    internal sealed class OrderedEnumerable<TElement, TKey> : OrderedEnumerable<TElement>
    {
        private readonly Func<TElement, TKey> _keySelector;
        private readonly IComparer<TKey> _comparer;
        private readonly bool _descending;
        private TKey[] _keys;
        internal OrderedEnumerable(IEnumerable<TElement> source, Func<TElement, TKey> keySelector, IComparer<TKey> comparer, bool descending, OrderedEnumerable<TElement> parent)
        {
            if (source == null) throw new ArgumentNullException("source");
            if (keySelector == null) throw new ArgumentNullException("keySelector");
            _source = source; _keySelector = keySelector; _comparer = comparer ?? Comparer<TKey>.Default; _descending = descending; _parent = parent;
        }
        internal override void ComputeKeys(TElement[] elements)
        {
            _keys = new TKey[elements.Length];
            for (int i = 0; i < elements.Length; i++) _keys[i] = _keySelector(elements[i]);
        }
        internal override int CompareKeys(int i, int j)
        {
            int c = _comparer.Compare(_keys[i], _keys[j]);
            if (c == 0) return 0;
            return _descending != (c > 0) ? 1 : -1;
        }
    }

    public static partial class Enumerable
    {
        private static InvalidOperationException NoElements() => new InvalidOperationException("Sequence contains no elements");
        private static InvalidOperationException NoMatch() => new InvalidOperationException("Sequence contains no matching element");
        private static InvalidOperationException MoreThanOne() => new InvalidOperationException("Sequence contains more than one element");
        private static InvalidOperationException MoreThanOneMatch() => new InvalidOperationException("Sequence contains more than one matching element");
        private static void Check(object arg, string name) { if (arg == null) throw new ArgumentNullException(name); }

        public static IEnumerable<TSource> AsEnumerable<TSource>(this IEnumerable<TSource> source) => source;
        public static IEnumerable<TResult> Empty<TResult>() => EmptyArray<TResult>.Value;

        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return WhereIterator(source, predicate);
        }
        private static IEnumerable<TSource> WhereIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source) if (predicate(item)) yield return item;
        }
        public static IEnumerable<TSource> Where<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return WhereIndexIterator(source, predicate);
        }
        private static IEnumerable<TSource> WhereIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int i = -1;
            foreach (TSource item in source) { i++; if (predicate(item, i)) yield return item; }
        }
        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            Check(source, "source"); Check(selector, "selector");
            return SelectIterator(source, selector);
        }
        private static IEnumerable<TResult> SelectIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, TResult> selector)
        {
            foreach (TSource item in source) yield return selector(item);
        }
        public static IEnumerable<TResult> Select<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            Check(source, "source"); Check(selector, "selector");
            return SelectIndexIterator(source, selector);
        }
        private static IEnumerable<TResult> SelectIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, TResult> selector)
        {
            int i = -1;
            foreach (TSource item in source) { i++; yield return selector(item, i); }
        }
        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            Check(source, "source"); Check(selector, "selector");
            return SelectManyIterator(source, selector);
        }
        private static IEnumerable<TResult> SelectManyIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TResult>> selector)
        {
            foreach (TSource item in source) foreach (TResult r in selector(item)) yield return r;
        }
        public static IEnumerable<TResult> SelectMany<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            Check(source, "source"); Check(selector, "selector");
            return SelectManyIndexIterator(source, selector);
        }
        private static IEnumerable<TResult> SelectManyIndexIterator<TSource, TResult>(IEnumerable<TSource> source, Func<TSource, int, IEnumerable<TResult>> selector)
        {
            int i = -1;
            foreach (TSource item in source) { i++; foreach (TResult r in selector(item, i)) yield return r; }
        }
        public static IEnumerable<TResult> SelectMany<TSource, TCollection, TResult>(this IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            Check(source, "source"); Check(collectionSelector, "collectionSelector"); Check(resultSelector, "resultSelector");
            return SelectManyResultIterator(source, collectionSelector, resultSelector);
        }
        private static IEnumerable<TResult> SelectManyResultIterator<TSource, TCollection, TResult>(IEnumerable<TSource> source, Func<TSource, IEnumerable<TCollection>> collectionSelector, Func<TSource, TCollection, TResult> resultSelector)
        {
            foreach (TSource item in source) foreach (TCollection c in collectionSelector(item)) yield return resultSelector(item, c);
        }

        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return count <= 0 ? EmptyArray<TSource>.Value : TakeIterator(source, count);
        }
        private static IEnumerable<TSource> TakeIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            foreach (TSource item in source)
            {
                yield return item;
                if (--count == 0) break;
            }
        }
        public static IEnumerable<TSource> Take<TSource>(this IEnumerable<TSource> source, Range range)
        {
            Check(source, "source");
            TSource[] a = source.ToArray();
            (int off, int len) = range.GetOffsetAndLength(a.Length);
            return TakeRangeIterator(a, off, len);
        }
        private static IEnumerable<TSource> TakeRangeIterator<TSource>(TSource[] a, int off, int len) { for (int i = off; i < off + len; i++) yield return a[i]; }
        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return TakeWhileIterator(source, predicate);
        }
        public static IEnumerable<TSource> TakeWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return TakeWhileIndexIterator(source, predicate);
        }
        private static IEnumerable<TSource> TakeWhileIndexIterator<TSource>(IEnumerable<TSource> source, Func<TSource, int, bool> predicate)
        {
            int index = -1;
            foreach (TSource item in source)
            {
                checked { index++; }
                if (!predicate(item, index)) break;
                yield return item;
            }
        }
        private static IEnumerable<TSource> TakeWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            foreach (TSource item in source)
            {
                if (!predicate(item)) break;
                yield return item;
            }
        }
        public static IEnumerable<TSource> TakeLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return count <= 0 ? EmptyArray<TSource>.Value : TakeLastIterator(source, count);
        }
        private static IEnumerable<TSource> TakeLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            var q = new Queue<TSource>();
            foreach (TSource item in source)
            {
                if (q.Count == count) q.Dequeue();
                q.Enqueue(item);
            }
            while (q.Count > 0) yield return q.Dequeue();
        }
        public static IEnumerable<TSource> Skip<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return SkipIterator(source, count);
        }
        private static IEnumerable<TSource> SkipIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            foreach (TSource item in source)
            {
                if (count > 0) { count--; continue; }
                yield return item;
            }
        }
        public static IEnumerable<TSource> SkipWhile<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            return SkipWhileIterator(source, predicate);
        }
        private static IEnumerable<TSource> SkipWhileIterator<TSource>(IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            bool yielding = false;
            foreach (TSource item in source)
            {
                if (!yielding && !predicate(item)) yielding = true;
                if (yielding) yield return item;
            }
        }
        public static IEnumerable<TSource> SkipLast<TSource>(this IEnumerable<TSource> source, int count)
        {
            Check(source, "source");
            return SkipLastIterator(source, count);
        }
        private static IEnumerable<TSource> SkipLastIterator<TSource>(IEnumerable<TSource> source, int count)
        {
            var q = new Queue<TSource>();
            foreach (TSource item in source)
            {
                if (q.Count == count) { yield return q.Dequeue(); }
                q.Enqueue(item);
                if (count <= 0) yield return q.Dequeue();
            }
        }

        public static IEnumerable<TSource> Concat<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            Check(first, "first"); Check(second, "second");
            return ConcatIterator(first, second);
        }
        private static IEnumerable<TSource> ConcatIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second)
        {
            foreach (TSource item in first) yield return item;
            foreach (TSource item in second) yield return item;
        }
        public static IEnumerable<TSource> Append<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            Check(source, "source");
            return AppendIterator(source, element);
        }
        private static IEnumerable<TSource> AppendIterator<TSource>(IEnumerable<TSource> source, TSource element)
        {
            foreach (TSource item in source) yield return item;
            yield return element;
        }
        public static IEnumerable<TSource> Prepend<TSource>(this IEnumerable<TSource> source, TSource element)
        {
            Check(source, "source");
            return PrependIterator(source, element);
        }
        private static IEnumerable<TSource> PrependIterator<TSource>(IEnumerable<TSource> source, TSource element)
        {
            yield return element;
            foreach (TSource item in source) yield return item;
        }
        public static IEnumerable<int> Range(int start, int count)
        {
            long max = (long)start + count - 1;
            if (count < 0 || max > int.MaxValue) throw new ArgumentOutOfRangeException(nameof(count), "Specified argument was out of the range of valid values.");
            return new RangeIterator(start, count);
        }
        /// <summary>Range and Repeat know their length: like .NET's iterators they are read-only
        /// lists, so ToList/ToArray allocate exactly and Count/ElementAt/Last index directly.</summary>
        private abstract class SizedIterator<T> : IList<T>, IReadOnlyList<T>
        {
            private readonly int _count;
            protected SizedIterator(int count) { _count = count; }
            protected abstract T At(int index);
            public int Count => _count;
            public bool IsReadOnly => true;
            public T this[int index]
            {
                get { if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index)); return At(index); }
                set => throw new NotSupportedException("Specified method is not supported.");
            }
            public IEnumerator<T> GetEnumerator() { for (int i = 0; i < _count; i++) yield return At(i); }
            IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
            public void CopyTo(T[] array, int arrayIndex) { for (int i = 0; i < _count; i++) array[arrayIndex + i] = At(i); }
            public bool Contains(T item) => IndexOf(item) >= 0;
            public int IndexOf(T item)
            {
                var c = EqualityComparer<T>.Default;
                for (int i = 0; i < _count; i++) if (c.Equals(At(i), item)) return i;
                return -1;
            }
            public void Add(T item) => throw new NotSupportedException("Specified method is not supported.");
            public void Clear() => throw new NotSupportedException("Specified method is not supported.");
            public bool Remove(T item) => throw new NotSupportedException("Specified method is not supported.");
            public void Insert(int index, T item) => throw new NotSupportedException("Specified method is not supported.");
            public void RemoveAt(int index) => throw new NotSupportedException("Specified method is not supported.");
        }
        private sealed class RangeIterator : SizedIterator<int>
        {
            private readonly int _start;
            public RangeIterator(int start, int count) : base(count) { _start = start; }
            protected override int At(int index) => _start + index;
        }
        private sealed class RepeatIterator<T> : SizedIterator<T>
        {
            private readonly T _element;
            public RepeatIterator(T element, int count) : base(count) { _element = element; }
            protected override T At(int index) => _element;
        }
        public static IEnumerable<TResult> Repeat<TResult>(TResult element, int count)
        {
            if (count < 0) throw new ArgumentOutOfRangeException(nameof(count), "Specified argument was out of the range of valid values.");
            return new RepeatIterator<TResult>(element, count);
        }
        public static IEnumerable<TSource> Reverse<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return ReverseIterator(source);
        }
        private static IEnumerable<TSource> ReverseIterator<TSource>(IEnumerable<TSource> source)
        {
            TSource[] a = source.ToArray();
            for (int i = a.Length - 1; i >= 0; i--) yield return a[i];
        }
        public static IEnumerable<TSource> Reverse<TSource>(this TSource[] array)
        {
            Check(array, "array");
            return ReverseIterator(array);
        }
        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source) => DefaultIfEmpty(source, default);
        public static IEnumerable<TSource> DefaultIfEmpty<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            return DefaultIfEmptyIterator(source, defaultValue);
        }
        private static IEnumerable<TSource> DefaultIfEmptyIterator<TSource>(IEnumerable<TSource> source, TSource defaultValue)
        {
            bool any = false;
            foreach (TSource item in source) { any = true; yield return item; }
            if (!any) yield return defaultValue;
        }
        public static IEnumerable<TResult> Cast<TResult>(this IEnumerable source)
        {
            Check(source, "source");
            if (source is IEnumerable<TResult> typed) return typed;
            return CastIterator<TResult>(source);
        }
        private static IEnumerable<TResult> CastIterator<TResult>(IEnumerable source) { foreach (object o in source) yield return (TResult)o; }
        public static IEnumerable<TResult> OfType<TResult>(this IEnumerable source)
        {
            Check(source, "source");
            return OfTypeIterator<TResult>(source);
        }
        private static IEnumerable<TResult> OfTypeIterator<TResult>(IEnumerable source) { foreach (object o in source) if (o is TResult r) yield return r; }

        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source) => Distinct(source, null);
        public static IEnumerable<TSource> Distinct<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            Check(source, "source");
            return DistinctIterator(source, comparer);
        }
        private static IEnumerable<TSource> DistinctIterator<TSource>(IEnumerable<TSource> source, IEqualityComparer<TSource> comparer)
        {
            var set = new HashSet<TSource>(comparer);
            foreach (TSource item in source) if (set.Add(item)) yield return item;
        }
        public static IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => DistinctBy(source, keySelector, null);
        public static IEnumerable<TSource> DistinctBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source"); Check(keySelector, "keySelector");
            return DistinctByIterator(source, keySelector, comparer);
        }
        private static IEnumerable<TSource> DistinctByIterator<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            var set = new HashSet<TKey>(comparer);
            foreach (TSource item in source) if (set.Add(keySelector(item))) yield return item;
        }
        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) => Union(first, second, null);
        public static IEnumerable<TSource> Union<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first"); Check(second, "second");
            return UnionIterator(first, second, comparer);
        }
        private static IEnumerable<TSource> UnionIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            var set = new HashSet<TSource>(comparer);
            foreach (TSource item in first) if (set.Add(item)) yield return item;
            foreach (TSource item in second) if (set.Add(item)) yield return item;
        }
        public static IEnumerable<TSource> UnionBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TSource> second, Func<TSource, TKey> keySelector)
        {
            var set = new HashSet<TKey>();
            return first.Concat(second).Where(x => set.Add(keySelector(x)));
        }
        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) => Intersect(first, second, null);
        public static IEnumerable<TSource> Intersect<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first"); Check(second, "second");
            return IntersectIterator(first, second, comparer);
        }
        private static IEnumerable<TSource> IntersectIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            var set = new HashSet<TSource>(second, comparer);
            foreach (TSource item in first) if (set.Remove(item)) yield return item;
        }
        public static IEnumerable<TSource> IntersectBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector)
        {
            var set = new HashSet<TKey>(second);
            return first.Where(x => set.Remove(keySelector(x)));
        }
        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) => Except(first, second, null);
        public static IEnumerable<TSource> Except<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first"); Check(second, "second");
            return ExceptIterator(first, second, comparer);
        }
        private static IEnumerable<TSource> ExceptIterator<TSource>(IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            var set = new HashSet<TSource>(second, comparer);
            foreach (TSource item in first) if (set.Add(item)) yield return item;
        }
        public static IEnumerable<TSource> ExceptBy<TSource, TKey>(this IEnumerable<TSource> first, IEnumerable<TKey> second, Func<TSource, TKey> keySelector)
        {
            var set = new HashSet<TKey>(second);
            return first.Where(x => set.Add(keySelector(x)));
        }

        public static IEnumerable<TResult> Zip<TFirst, TSecond, TResult>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            Check(first, "first"); Check(second, "second"); Check(resultSelector, "resultSelector");
            return ZipIterator(first, second, resultSelector);
        }
        private static IEnumerable<TResult> ZipIterator<TFirst, TSecond, TResult>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, Func<TFirst, TSecond, TResult> resultSelector)
        {
            using (IEnumerator<TFirst> e1 = first.GetEnumerator())
            using (IEnumerator<TSecond> e2 = second.GetEnumerator())
                while (e1.MoveNext() && e2.MoveNext()) yield return resultSelector(e1.Current, e2.Current);
        }
        public static IEnumerable<(TFirst First, TSecond Second)> Zip<TFirst, TSecond>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second)
            => Zip(first, second, (a, b) => (a, b));
        public static IEnumerable<(TFirst First, TSecond Second, TThird Third)> Zip<TFirst, TSecond, TThird>(this IEnumerable<TFirst> first, IEnumerable<TSecond> second, IEnumerable<TThird> third)
        {
            Check(first, "first"); Check(second, "second"); Check(third, "third");
            return Zip3Iterator(first, second, third);
        }
        private static IEnumerable<(TFirst, TSecond, TThird)> Zip3Iterator<TFirst, TSecond, TThird>(IEnumerable<TFirst> first, IEnumerable<TSecond> second, IEnumerable<TThird> third)
        {
            using (var e1 = first.GetEnumerator())
            using (var e2 = second.GetEnumerator())
            using (var e3 = third.GetEnumerator())
                while (e1.MoveNext() && e2.MoveNext() && e3.MoveNext()) yield return (e1.Current, e2.Current, e3.Current);
        }
        public static IEnumerable<TSource[]> Chunk<TSource>(this IEnumerable<TSource> source, int size)
        {
            Check(source, "source");
            if (size < 1) throw new ArgumentOutOfRangeException(nameof(size));
            return ChunkIterator(source, size);
        }
        private static IEnumerable<TSource[]> ChunkIterator<TSource>(IEnumerable<TSource> source, int size)
        {
            var l = new List<TSource>(size);
            foreach (TSource item in source)
            {
                l.Add(item);
                if (l.Count == size) { yield return l.ToArray(); l.Clear(); }
            }
            if (l.Count > 0) yield return l.ToArray();
        }
        public static IEnumerable<(int Index, TSource Item)> Index<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            return IndexIterator(source);
        }
        private static IEnumerable<(int Index, TSource Item)> IndexIterator<TSource>(IEnumerable<TSource> source)
        {
            int i = -1;
            foreach (TSource item in source) { i++; yield return (i, item); }
        }

        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => new OrderedEnumerable<TSource, TKey>(source, keySelector, null, false, null);
        public static IOrderedEnumerable<TSource> OrderBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) => new OrderedEnumerable<TSource, TKey>(source, keySelector, comparer, false, null);
        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => new OrderedEnumerable<TSource, TKey>(source, keySelector, null, true, null);
        public static IOrderedEnumerable<TSource> OrderByDescending<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) => new OrderedEnumerable<TSource, TKey>(source, keySelector, comparer, true, null);
        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source) => OrderBy(source, x => x);
        public static IOrderedEnumerable<T> Order<T>(this IEnumerable<T> source, IComparer<T> comparer) => OrderBy(source, x => x, comparer);
        public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source) => OrderByDescending(source, x => x);
        public static IOrderedEnumerable<T> OrderDescending<T>(this IEnumerable<T> source, IComparer<T> comparer) => OrderByDescending(source, x => x, comparer);
        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            if (source is OrderedEnumerable<TSource> oe) return oe.CreateOrderedEnumerable(keySelector, null, false);
            return source.CreateOrderedEnumerable(keySelector, null, false);
        }
        public static IOrderedEnumerable<TSource> ThenBy<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            Check(source, "source");
            if (source is OrderedEnumerable<TSource> oe) return oe.CreateOrderedEnumerable(keySelector, comparer, false);
            return source.CreateOrderedEnumerable(keySelector, comparer, false);
        }
        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector)
        {
            Check(source, "source");
            if (source is OrderedEnumerable<TSource> oe) return oe.CreateOrderedEnumerable(keySelector, null, true);
            return source.CreateOrderedEnumerable(keySelector, null, true);
        }
        public static IOrderedEnumerable<TSource> ThenByDescending<TSource, TKey>(this IOrderedEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer)
        {
            Check(source, "source");
            if (source is OrderedEnumerable<TSource> oe) return oe.CreateOrderedEnumerable(keySelector, comparer, true);
            return source.CreateOrderedEnumerable(keySelector, comparer, true);
        }

        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => GroupBy(source, keySelector, (IEqualityComparer<TKey>)null);
        public static IEnumerable<IGrouping<TKey, TSource>> GroupBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source"); Check(keySelector, "keySelector");
            return GroupByIterator(source, keySelector, x => x, comparer);
        }
        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector");
            return GroupByIterator(source, keySelector, elementSelector, null);
        }
        public static IEnumerable<IGrouping<TKey, TElement>> GroupBy<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
            => GroupByIterator(source, keySelector, elementSelector, comparer);
        public static IEnumerable<TResult> GroupBy<TSource, TKey, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TKey, IEnumerable<TSource>, TResult> resultSelector)
            => GroupBy(source, keySelector).Select(g => resultSelector(g.Key, g));
        public static IEnumerable<TResult> GroupBy<TSource, TKey, TElement, TResult>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, Func<TKey, IEnumerable<TElement>, TResult> resultSelector)
            => GroupBy(source, keySelector, elementSelector).Select(g => resultSelector(g.Key, g));
        private static IEnumerable<IGrouping<TKey, TElement>> GroupByIterator<TSource, TKey, TElement>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Lookup<TKey, TElement> lookup = CreateLookup(source, keySelector, elementSelector, comparer);
            foreach (var g in lookup.Groups) yield return g;
        }
        private static Lookup<TKey, TElement> CreateLookup<TSource, TKey, TElement>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            var lookup = new Lookup<TKey, TElement>(comparer);
            foreach (TSource item in source) lookup.GetGrouping(keySelector(item), true)._elements.Add(elementSelector(item));
            return lookup;
        }
        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => CreateLookup(source, keySelector, x => x, null);
        public static ILookup<TKey, TSource> ToLookup<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer) => CreateLookup(source, keySelector, x => x, comparer);
        public static ILookup<TKey, TElement> ToLookup<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) => CreateLookup(source, keySelector, elementSelector, null);
        public static IEnumerable<KeyValuePair<TKey, int>> CountBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> keyComparer = null)
        {
            Check(source, "source"); Check(keySelector, "keySelector");
            return CountByIterator(source, keySelector, keyComparer);
        }
        private static IEnumerable<KeyValuePair<TKey, int>> CountByIterator<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> keyComparer)
        {
            var d = new Dictionary<TKey, int>(keyComparer);
            foreach (TSource item in source)
            {
                TKey k = keySelector(item);
                d[k] = d.TryGetValue(k, out int n) ? n + 1 : 1;
            }
            foreach (var kv in d) yield return kv;
        }
        public static IEnumerable<KeyValuePair<TKey, TAccumulate>> AggregateBy<TSource, TKey, TAccumulate>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, IEqualityComparer<TKey> keyComparer = null)
        {
            var d = new Dictionary<TKey, TAccumulate>(keyComparer);
            foreach (TSource item in source)
            {
                TKey k = keySelector(item);
                d[k] = func(d.TryGetValue(k, out TAccumulate acc) ? acc : seed, item);
            }
            return d;
        }
        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector)
            => Join(outer, inner, outerKeySelector, innerKeySelector, resultSelector, null);
        public static IEnumerable<TResult> Join<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            Check(outer, "outer"); Check(inner, "inner");
            return JoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector, comparer);
        }
        private static IEnumerable<TResult> JoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, TInner, TResult> resultSelector, IEqualityComparer<TKey> comparer)
        {
            using (IEnumerator<TOuter> e = outer.GetEnumerator())
            {
                if (!e.MoveNext()) yield break;
                var lookup = new Lookup<TKey, TInner>(comparer);
                foreach (TInner item in inner)
                {
                    TKey k = innerKeySelector(item);
                    if (k != null) lookup.GetGrouping(k, true)._elements.Add(item);
                }
                if (lookup.Count == 0) yield break;
                do
                {
                    TOuter item = e.Current;
                    TKey k = outerKeySelector(item);
                    var g = k == null ? null : lookup.GetGrouping(k, false);
                    if (g != null) foreach (TInner i in g._elements) yield return resultSelector(item, i);
                } while (e.MoveNext());
            }
        }
        public static IEnumerable<TResult> GroupJoin<TOuter, TInner, TKey, TResult>(this IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
        {
            Check(outer, "outer"); Check(inner, "inner");
            return GroupJoinIterator(outer, inner, outerKeySelector, innerKeySelector, resultSelector);
        }
        private static IEnumerable<TResult> GroupJoinIterator<TOuter, TInner, TKey, TResult>(IEnumerable<TOuter> outer, IEnumerable<TInner> inner, Func<TOuter, TKey> outerKeySelector, Func<TInner, TKey> innerKeySelector, Func<TOuter, IEnumerable<TInner>, TResult> resultSelector)
        {
            using (IEnumerator<TOuter> e = outer.GetEnumerator())
            {
                if (!e.MoveNext()) yield break;
                var lookup = new Lookup<TKey, TInner>(null);
                foreach (TInner item in inner)
                {
                    TKey k = innerKeySelector(item);
                    if (k != null) lookup.GetGrouping(k, true)._elements.Add(item);
                }
                do
                {
                    TOuter item = e.Current;
                    yield return resultSelector(item, lookup[outerKeySelector(item)]);
                } while (e.MoveNext());
            }
        }

        // ---- Conversions ----
        public static TSource[] ToArray<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            if (source is ICollection<TSource> c)
            {
                int n = c.Count;
                if (n == 0) return EmptyArray<TSource>.Value;
                TSource[] a = new TSource[n];
                c.CopyTo(a, 0);
                return a;
            }
            var l = new List<TSource>();
            foreach (TSource item in source) l.Add(item);
            return l.ToArray();
        }
        public static List<TSource> ToList<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            var list = new List<TSource>(source);
            // .NET's ToList buffers the sequence and allocates the list exactly: Capacity == Count.
            if (list._items.Length != list._size)
            {
                TSource[] exact = list._size == 0 ? EmptyArray<TSource>.Value : new TSource[list._size];
                Array.Copy(list._items, exact, list._size);
                list._items = exact;
            }
            return list;
        }
        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source) => new HashSet<TSource>(source);
        public static HashSet<TSource> ToHashSet<TSource>(this IEnumerable<TSource> source, IEqualityComparer<TSource> comparer) => new HashSet<TSource>(source, comparer);
        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => ToDictionary(source, keySelector, (IEqualityComparer<TKey>)null);
        public static Dictionary<TKey, TSource> ToDictionary<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source"); Check(keySelector, "keySelector");
            var d = new Dictionary<TKey, TSource>(comparer);
            foreach (TSource item in source) d.Add(keySelector(item), item);
            return d;
        }
        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector) => ToDictionary(source, keySelector, elementSelector, null);
        public static Dictionary<TKey, TElement> ToDictionary<TSource, TKey, TElement>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, Func<TSource, TElement> elementSelector, IEqualityComparer<TKey> comparer)
        {
            Check(source, "source"); Check(keySelector, "keySelector"); Check(elementSelector, "elementSelector");
            var d = new Dictionary<TKey, TElement>(comparer);
            foreach (TSource item in source) d.Add(keySelector(item), elementSelector(item));
            return d;
        }
        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<KeyValuePair<TKey, TValue>> source) => new Dictionary<TKey, TValue>(source);
        public static Dictionary<TKey, TValue> ToDictionary<TKey, TValue>(this IEnumerable<(TKey Key, TValue Value)> source)
        {
            var d = new Dictionary<TKey, TValue>();
            foreach (var kv in source) d.Add(kv.Key, kv.Value);
            return d;
        }

        // ---- Element operators ----
        public static TSource First<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            if (source is IList<TSource> l) { if (l.Count > 0) return l[0]; throw NoElements(); }
            foreach (TSource item in source) return item;
            throw NoElements();
        }
        public static TSource First<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource item in source) if (predicate(item)) return item;
            throw NoMatch();
        }
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source) => FirstOrDefault(source, default(TSource));
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            foreach (TSource item in source) return item;
            return defaultValue;
        }
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) => FirstOrDefault(source, predicate, default);
        public static TSource FirstOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource item in source) if (predicate(item)) return item;
            return defaultValue;
        }
        public static TSource Last<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            if (source is IList<TSource> l) { if (l.Count > 0) return l[l.Count - 1]; throw NoElements(); }
            bool found = false; TSource last = default;
            foreach (TSource item in source) { found = true; last = item; }
            if (!found) throw NoElements();
            return last;
        }
        public static TSource Last<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            bool found = false; TSource last = default;
            foreach (TSource item in source) if (predicate(item)) { found = true; last = item; }
            if (!found) throw NoMatch();
            return last;
        }
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source) => LastOrDefault(source, default(TSource));
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            TSource last = defaultValue;
            foreach (TSource item in source) last = item;
            return last;
        }
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate) => LastOrDefault(source, predicate, default);
        public static TSource LastOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate, TSource defaultValue)
        {
            Check(source, "source"); Check(predicate, "predicate");
            TSource last = defaultValue;
            foreach (TSource item in source) if (predicate(item)) last = item;
            return last;
        }
        public static TSource Single<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                TSource r = e.Current;
                if (e.MoveNext()) throw MoreThanOne();
                return r;
            }
        }
        public static TSource Single<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            bool found = false; TSource r = default;
            foreach (TSource item in source)
            {
                if (predicate(item))
                {
                    if (found) throw MoreThanOneMatch();
                    found = true; r = item;
                }
            }
            if (!found) throw NoMatch();
            return r;
        }
        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source) => SingleOrDefault(source, default(TSource));
        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, TSource defaultValue)
        {
            Check(source, "source");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) return defaultValue;
                TSource r = e.Current;
                if (e.MoveNext()) throw MoreThanOne();
                return r;
            }
        }
        public static TSource SingleOrDefault<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            bool found = false; TSource r = default;
            foreach (TSource item in source)
            {
                if (predicate(item))
                {
                    if (found) throw MoreThanOneMatch();
                    found = true; r = item;
                }
            }
            return r;
        }
        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, int index)
        {
            Check(source, "source");
            if (source is SizedIterator<TSource> it) return it[index];
            if (source is IList<TSource> l)
            {
                if ((uint)index >= (uint)l.Count) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than the size of the collection.");
                return l[index];
            }
            if (index >= 0) foreach (TSource item in source) { if (index == 0) return item; index--; }
            throw new ArgumentOutOfRangeException(nameof(index));
        }
        public static TSource ElementAt<TSource>(this IEnumerable<TSource> source, Index index)
        {
            if (!index.IsFromEnd) return ElementAt(source, index.Value);
            TSource[] a = source.ToArray();
            return ElementAt(a, a.Length - index.Value);
        }
        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, Index index)
        {
            Check(source, "source");
            if (!index.IsFromEnd) return ElementAtOrDefault(source, index.Value);
            TSource[] a = source.ToArray();
            return ElementAtOrDefault(a, a.Length - index.Value);
        }
        public static TSource ElementAtOrDefault<TSource>(this IEnumerable<TSource> source, int index)
        {
            Check(source, "source");
            if (index >= 0) foreach (TSource item in source) { if (index == 0) return item; index--; }
            return default;
        }

        // ---- Quantifiers and counts ----
        public static bool Any<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            if (source is ICollection<TSource> c) return c.Count != 0;
            using (IEnumerator<TSource> e = source.GetEnumerator()) return e.MoveNext();
        }
        public static bool Any<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource item in source) if (predicate(item)) return true;
            return false;
        }
        public static bool All<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            foreach (TSource item in source) if (!predicate(item)) return false;
            return true;
        }
        public static int Count<TSource>(this IEnumerable<TSource> source)
        {
            Check(source, "source");
            if (source is ICollection<TSource> c) return c.Count;
            if (source is ICollection nc) return nc.Count;
            int n = 0;
            using (IEnumerator<TSource> e = source.GetEnumerator()) while (e.MoveNext()) checked { n++; }
            return n;
        }
        public static int Count<TSource>(this IEnumerable<TSource> source, Func<TSource, bool> predicate)
        {
            Check(source, "source"); Check(predicate, "predicate");
            int n = 0;
            foreach (TSource item in source) if (predicate(item)) checked { n++; }
            return n;
        }
        public static long LongCount<TSource>(this IEnumerable<TSource> source) { long n = 0; foreach (TSource item in source) n++; return n; }
        public static bool TryGetNonEnumeratedCount<TSource>(this IEnumerable<TSource> source, out int count)
        {
            if (source is ICollection<TSource> c) { count = c.Count; return true; }
            count = 0;
            return false;
        }
        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value)
        {
            Check(source, "source");
            if (source is ICollection<TSource> c) return c.Contains(value);
            return Contains(source, value, null);
        }
        public static bool Contains<TSource>(this IEnumerable<TSource> source, TSource value, IEqualityComparer<TSource> comparer)
        {
            Check(source, "source");
            comparer ??= EqualityComparer<TSource>.Default;
            foreach (TSource item in source) if (comparer.Equals(item, value)) return true;
            return false;
        }
        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second) => SequenceEqual(first, second, null);
        public static bool SequenceEqual<TSource>(this IEnumerable<TSource> first, IEnumerable<TSource> second, IEqualityComparer<TSource> comparer)
        {
            Check(first, "first"); Check(second, "second");
            comparer ??= EqualityComparer<TSource>.Default;
            using (IEnumerator<TSource> e1 = first.GetEnumerator())
            using (IEnumerator<TSource> e2 = second.GetEnumerator())
            {
                while (e1.MoveNext())
                {
                    if (!(e2.MoveNext() && comparer.Equals(e1.Current, e2.Current))) return false;
                }
                return !e2.MoveNext();
            }
        }

        // ---- Aggregation ----
        public static TSource Aggregate<TSource>(this IEnumerable<TSource> source, Func<TSource, TSource, TSource> func)
        {
            Check(source, "source"); Check(func, "func");
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                TSource result = e.Current;
                while (e.MoveNext()) result = func(result, e.Current);
                return result;
            }
        }
        public static TAccumulate Aggregate<TSource, TAccumulate>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func)
        {
            Check(source, "source"); Check(func, "func");
            TAccumulate result = seed;
            foreach (TSource item in source) result = func(result, item);
            return result;
        }
        public static TResult Aggregate<TSource, TAccumulate, TResult>(this IEnumerable<TSource> source, TAccumulate seed, Func<TAccumulate, TSource, TAccumulate> func, Func<TAccumulate, TResult> resultSelector)
        {
            Check(source, "source"); Check(func, "func"); Check(resultSelector, "resultSelector");
            TAccumulate result = seed;
            foreach (TSource item in source) result = func(result, item);
            return resultSelector(result);
        }

        public static int Sum(this IEnumerable<int> source) { Check(source, "source"); int s = 0; foreach (int v in source) checked { s += v; } return s; }
        public static long Sum(this IEnumerable<long> source) { Check(source, "source"); long s = 0; foreach (long v in source) checked { s += v; } return s; }
        public static double Sum(this IEnumerable<double> source) { Check(source, "source"); double s = 0; foreach (double v in source) s += v; return s; }
        public static float Sum(this IEnumerable<float> source) { Check(source, "source"); double s = 0; foreach (float v in source) s += v; return (float)s; }
        public static decimal Sum(this IEnumerable<decimal> source) { Check(source, "source"); decimal s = 0; foreach (decimal v in source) s += v; return s; }
        public static int? Sum(this IEnumerable<int?> source) { Check(source, "source"); int s = 0; foreach (int? v in source) if (v.HasValue) checked { s += v.GetValueOrDefault(); } return s; }
        public static long? Sum(this IEnumerable<long?> source) { Check(source, "source"); long s = 0; foreach (long? v in source) if (v.HasValue) checked { s += v.GetValueOrDefault(); } return s; }
        public static double? Sum(this IEnumerable<double?> source) { Check(source, "source"); double s = 0; foreach (double? v in source) if (v.HasValue) s += v.GetValueOrDefault(); return s; }
        public static int Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) { Check(source, "source"); Check(selector, "selector"); int s = 0; foreach (TSource v in source) checked { s += selector(v); } return s; }
        public static long Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) { Check(source, "source"); Check(selector, "selector"); long s = 0; foreach (TSource v in source) checked { s += selector(v); } return s; }
        public static double Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) { Check(source, "source"); Check(selector, "selector"); double s = 0; foreach (TSource v in source) s += selector(v); return s; }
        public static float Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) { Check(source, "source"); Check(selector, "selector"); double s = 0; foreach (TSource v in source) s += selector(v); return (float)s; }
        public static decimal Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) { Check(source, "source"); Check(selector, "selector"); decimal s = 0; foreach (TSource v in source) s += selector(v); return s; }
        public static int? Sum<TSource>(this IEnumerable<TSource> source, Func<TSource, int?> selector) { Check(source, "source"); Check(selector, "selector"); int s = 0; foreach (TSource v in source) { int? x = selector(v); if (x.HasValue) checked { s += x.GetValueOrDefault(); } } return s; }

        public static double Average(this IEnumerable<int> source)
        {
            Check(source, "source");
            long sum = 0; long n = 0;
            foreach (int v in source) { checked { sum += v; } n++; }
            if (n == 0) throw NoElements();
            return (double)sum / n;
        }
        public static double Average(this IEnumerable<long> source)
        {
            Check(source, "source");
            long sum = 0; long n = 0;
            foreach (long v in source) { checked { sum += v; } n++; }
            if (n == 0) throw NoElements();
            return (double)sum / n;
        }
        public static double Average(this IEnumerable<double> source)
        {
            Check(source, "source");
            double sum = 0; long n = 0;
            foreach (double v in source) { sum += v; n++; }
            if (n == 0) throw NoElements();
            return sum / n;
        }
        public static float Average(this IEnumerable<float> source)
        {
            Check(source, "source");
            double sum = 0; long n = 0;
            foreach (float v in source) { sum += v; n++; }
            if (n == 0) throw NoElements();
            return (float)(sum / n);
        }
        public static decimal Average(this IEnumerable<decimal> source)
        {
            Check(source, "source");
            decimal sum = 0; long n = 0;
            foreach (decimal v in source) { sum += v; n++; }
            if (n == 0) throw NoElements();
            return sum / n;
        }
        public static double? Average(this IEnumerable<int?> source)
        {
            long sum = 0; long n = 0;
            foreach (int? v in source) if (v.HasValue) { sum += v.GetValueOrDefault(); n++; }
            if (n == 0) return null;
            return (double)sum / n;
        }
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Average(Select(source, selector));
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Average(Select(source, selector));
        public static double Average<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Average(Select(source, selector));
        public static float Average<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) => Average(Select(source, selector));
        public static decimal Average<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) => Average(Select(source, selector));

        public static int Max(this IEnumerable<int> source) => MinMaxInt(source, true);
        public static int Min(this IEnumerable<int> source) => MinMaxInt(source, false);
        private static int MinMaxInt(IEnumerable<int> source, bool max)
        {
            Check(source, "source");
            using (IEnumerator<int> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                int r = e.Current;
                while (e.MoveNext()) { int v = e.Current; if (max ? v > r : v < r) r = v; }
                return r;
            }
        }
        public static long Max(this IEnumerable<long> source) => MinMaxLong(source, true);
        public static long Min(this IEnumerable<long> source) => MinMaxLong(source, false);
        private static long MinMaxLong(IEnumerable<long> source, bool max)
        {
            Check(source, "source");
            using (IEnumerator<long> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                long r = e.Current;
                while (e.MoveNext()) { long v = e.Current; if (max ? v > r : v < r) r = v; }
                return r;
            }
        }
        public static double Max(this IEnumerable<double> source)
        {
            Check(source, "source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                double r = e.Current;
                while (double.IsNaN(r)) { if (!e.MoveNext()) return r; r = e.Current; }
                while (e.MoveNext()) { double v = e.Current; if (v > r) r = v; }
                return r;
            }
        }
        public static double Min(this IEnumerable<double> source)
        {
            Check(source, "source");
            using (IEnumerator<double> e = source.GetEnumerator())
            {
                if (!e.MoveNext()) throw NoElements();
                double r = e.Current;
                if (double.IsNaN(r)) return r;
                while (e.MoveNext()) { double v = e.Current; if (v < r) r = v; else if (double.IsNaN(v)) return v; }
                return r;
            }
        }
        public static float Max(this IEnumerable<float> source) => (float)Max(Select(source, x => (double)x));
        public static float Min(this IEnumerable<float> source) => (float)Min(Select(source, x => (double)x));
        public static decimal Max(this IEnumerable<decimal> source) => Max<decimal>(source);
        public static decimal Min(this IEnumerable<decimal> source) => Min<decimal>(source);
        public static int? Max(this IEnumerable<int?> source) => Max<int?>(source);
        public static int? Min(this IEnumerable<int?> source) => Min<int?>(source);
        public static int Max<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Max(Select(source, selector));
        public static int Min<TSource>(this IEnumerable<TSource> source, Func<TSource, int> selector) => Min(Select(source, selector));
        public static long Max<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Max(Select(source, selector));
        public static long Min<TSource>(this IEnumerable<TSource> source, Func<TSource, long> selector) => Min(Select(source, selector));
        public static double Max<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Max(Select(source, selector));
        public static double Min<TSource>(this IEnumerable<TSource> source, Func<TSource, double> selector) => Min(Select(source, selector));
        public static float Max<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) => Max(Select(source, selector));
        public static float Min<TSource>(this IEnumerable<TSource> source, Func<TSource, float> selector) => Min(Select(source, selector));
        public static decimal Max<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) => Max(Select(source, selector));
        public static decimal Min<TSource>(this IEnumerable<TSource> source, Func<TSource, decimal> selector) => Min(Select(source, selector));
        public static TResult Max<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) => Max(Select(source, selector));
        public static TResult Min<TSource, TResult>(this IEnumerable<TSource> source, Func<TSource, TResult> selector) => Min(Select(source, selector));
        public static TSource Max<TSource>(this IEnumerable<TSource> source) => MinMaxGeneric(source, null, true);
        public static TSource Max<TSource>(this IEnumerable<TSource> source, IComparer<TSource> comparer) => MinMaxGeneric(source, comparer, true);
        public static TSource Min<TSource>(this IEnumerable<TSource> source) => MinMaxGeneric(source, null, false);
        public static TSource Min<TSource>(this IEnumerable<TSource> source, IComparer<TSource> comparer) => MinMaxGeneric(source, comparer, false);
        private static TSource MinMaxGeneric<TSource>(IEnumerable<TSource> source, IComparer<TSource> comparer, bool max)
        {
            Check(source, "source");
            comparer ??= Comparer<TSource>.Default;
            TSource value = default;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (value == null)
                {
                    do { if (!e.MoveNext()) return value; value = e.Current; } while (value == null);
                    while (e.MoveNext())
                    {
                        TSource x = e.Current;
                        if (x != null && (max ? comparer.Compare(x, value) > 0 : comparer.Compare(x, value) < 0)) value = x;
                    }
                }
                else
                {
                    if (!e.MoveNext()) throw NoElements();
                    value = e.Current;
                    while (e.MoveNext())
                    {
                        TSource x = e.Current;
                        if (max ? comparer.Compare(x, value) > 0 : comparer.Compare(x, value) < 0) value = x;
                    }
                }
            }
            return value;
        }
        public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => MinMaxBy(source, keySelector, null, true);
        public static TSource MaxBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) => MinMaxBy(source, keySelector, comparer, true);
        public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector) => MinMaxBy(source, keySelector, null, false);
        public static TSource MinBy<TSource, TKey>(this IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer) => MinMaxBy(source, keySelector, comparer, false);
        private static TSource MinMaxBy<TSource, TKey>(IEnumerable<TSource> source, Func<TSource, TKey> keySelector, IComparer<TKey> comparer, bool max)
        {
            Check(source, "source"); Check(keySelector, "keySelector");
            comparer ??= Comparer<TKey>.Default;
            using (IEnumerator<TSource> e = source.GetEnumerator())
            {
                if (!e.MoveNext())
                {
                    if (default(TSource) == null) return default;
                    throw NoElements();
                }
                TSource value = e.Current;
                TKey key = keySelector(value);
                if (default(TKey) == null)
                {
                    if (key == null)
                    {
                        TSource first = value;
                        do
                        {
                            if (!e.MoveNext()) return first;
                            value = e.Current;
                            key = keySelector(value);
                        } while (key == null);
                    }
                    while (e.MoveNext())
                    {
                        TSource next = e.Current;
                        TKey nk = keySelector(next);
                        if (nk != null && (max ? comparer.Compare(nk, key) > 0 : comparer.Compare(nk, key) < 0)) { key = nk; value = next; }
                    }
                }
                else
                {
                    while (e.MoveNext())
                    {
                        TSource next = e.Current;
                        TKey nk = keySelector(next);
                        if (max ? comparer.Compare(nk, key) > 0 : comparer.Compare(nk, key) < 0) { key = nk; value = next; }
                    }
                }
                return value;
            }
        }
    }
}
