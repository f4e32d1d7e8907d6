namespace System.Collections.Generic
{
    /// <summary>Introspective sort with the same pivot choices and insertion/heap thresholds as .NET,
    /// so that elements comparing equal end up in the same order .NET leaves them.</summary>
    internal static class ArraySortHelper<T>
    {
        internal static void Sort(T[] keys, int index, int length, Comparison<T> comparer)
        {
            if (length > 1)
            {
                try { IntroSort(keys, index, length, 2 * (Log2(length) + 1), comparer); }
                catch (IndexOutOfRangeException) { throw new ArgumentException("Unable to sort because the IComparer.Compare() method returns inconsistent results. Either a value does not compare equal to itself, or one value repeatedly compared to another value yields different results. IComparer: '" + comparer + "'."); }
                catch (Exception e) { throw new InvalidOperationException("Failed to compare two elements in the array.", e); }
            }
        }
        internal static void Sort(T[] keys, int index, int length, IComparer<T> comparer)
        {
            if (comparer == null) comparer = Comparer<T>.Default;
            Sort(keys, index, length, comparer.Compare);
        }
        internal static int Log2(int v) { int r = 0; while ((v >>= 1) != 0) r++; return r; }

        private static void SwapIfGreater(T[] k, Comparison<T> c, int i, int j)
        {
            if (c(k[i], k[j]) > 0) { T t = k[i]; k[i] = k[j]; k[j] = t; }
        }
        private static void Swap(T[] k, int i, int j) { T t = k[i]; k[i] = k[j]; k[j] = t; }

        private static void IntroSort(T[] keys, int lo, int length, int depthLimit, Comparison<T> c)
        {
            int partitionSize = length;
            while (partitionSize > 1)
            {
                if (partitionSize <= 16)
                {
                    if (partitionSize == 2) { SwapIfGreater(keys, c, lo, lo + 1); return; }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(keys, c, lo, lo + 1);
                        SwapIfGreater(keys, c, lo, lo + 2);
                        SwapIfGreater(keys, c, lo + 1, lo + 2);
                        return;
                    }
                    InsertionSort(keys, lo, partitionSize, c);
                    return;
                }
                if (depthLimit == 0) { HeapSort(keys, lo, partitionSize, c); return; }
                depthLimit--;
                int p = PickPivotAndPartition(keys, lo, partitionSize, c);
                IntroSort(keys, lo + p + 1, partitionSize - (p + 1), depthLimit, c);
                partitionSize = p;
            }
        }
        private static int PickPivotAndPartition(T[] keys, int lo, int length, Comparison<T> c)
        {
            int hi = length - 1;
            int middle = hi >> 1;
            SwapIfGreater(keys, c, lo, lo + middle);
            SwapIfGreater(keys, c, lo, lo + hi);
            SwapIfGreater(keys, c, lo + middle, lo + hi);
            T pivot = keys[lo + middle];
            Swap(keys, lo + middle, lo + hi - 1);
            int left = 0, right = hi - 1;
            while (left < right)
            {
                while (c(keys[lo + ++left], pivot) < 0) { }
                while (c(pivot, keys[lo + --right]) < 0) { }
                if (left >= right) break;
                Swap(keys, lo + left, lo + right);
            }
            if (left != hi - 1) Swap(keys, lo + left, lo + hi - 1);
            return left;
        }
        private static void HeapSort(T[] keys, int lo, int n, Comparison<T> c)
        {
            for (int i = n >> 1; i >= 1; i--) DownHeap(keys, lo, i, n, c);
            for (int i = n; i > 1; i--)
            {
                Swap(keys, lo, lo + i - 1);
                DownHeap(keys, lo, 1, i - 1, c);
            }
        }
        private static void DownHeap(T[] keys, int lo, int i, int n, Comparison<T> c)
        {
            T d = keys[lo + i - 1];
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && c(keys[lo + child - 1], keys[lo + child]) < 0) child++;
                if (!(c(d, keys[lo + child - 1]) < 0)) break;
                keys[lo + i - 1] = keys[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = d;
        }
        private static void InsertionSort(T[] keys, int lo, int length, Comparison<T> c)
        {
            for (int i = 0; i < length - 1; i++)
            {
                T t = keys[lo + i + 1];
                int j = i;
                while (j >= 0 && c(t, keys[lo + j]) < 0)
                {
                    keys[lo + j + 1] = keys[lo + j];
                    j--;
                }
                keys[lo + j + 1] = t;
            }
        }
    }

    /// <summary>Sorts keys and moves items along (Array.Sort(keys, items)).</summary>
    internal static class ArraySortHelper<TKey, TValue>
    {
        internal static void Sort(TKey[] keys, TValue[] values, int lo, int length, IComparer<TKey> comparer)
        {
            if (comparer == null) comparer = Comparer<TKey>.Default;
            if (length > 1) IntroSort(keys, values, lo, length, 2 * (ArraySortHelper<TKey>.Log2(length) + 1), comparer);
        }
        private static void SwapIfGreater(TKey[] k, TValue[] v, IComparer<TKey> c, int i, int j)
        {
            if (c.Compare(k[i], k[j]) > 0) Swap(k, v, i, j);
        }
        private static void Swap(TKey[] k, TValue[] v, int i, int j)
        {
            TKey t = k[i]; k[i] = k[j]; k[j] = t;
            if (v != null) { TValue u = v[i]; v[i] = v[j]; v[j] = u; }
        }
        private static void IntroSort(TKey[] keys, TValue[] values, int lo, int length, int depthLimit, IComparer<TKey> c)
        {
            int partitionSize = length;
            while (partitionSize > 1)
            {
                if (partitionSize <= 16)
                {
                    if (partitionSize == 2) { SwapIfGreater(keys, values, c, lo, lo + 1); return; }
                    if (partitionSize == 3)
                    {
                        SwapIfGreater(keys, values, c, lo, lo + 1);
                        SwapIfGreater(keys, values, c, lo, lo + 2);
                        SwapIfGreater(keys, values, c, lo + 1, lo + 2);
                        return;
                    }
                    for (int i = 0; i < partitionSize - 1; i++)
                    {
                        TKey t = keys[lo + i + 1];
                        TValue tv = values != null ? values[lo + i + 1] : default;
                        int j = i;
                        while (j >= 0 && c.Compare(t, keys[lo + j]) < 0)
                        {
                            keys[lo + j + 1] = keys[lo + j];
                            if (values != null) values[lo + j + 1] = values[lo + j];
                            j--;
                        }
                        keys[lo + j + 1] = t;
                        if (values != null) values[lo + j + 1] = tv;
                    }
                    return;
                }
                if (depthLimit == 0) { HeapSort(keys, values, lo, partitionSize, c); return; }
                depthLimit--;
                int hi = partitionSize - 1;
                int middle = hi >> 1;
                SwapIfGreater(keys, values, c, lo, lo + middle);
                SwapIfGreater(keys, values, c, lo, lo + hi);
                SwapIfGreater(keys, values, c, lo + middle, lo + hi);
                TKey pivot = keys[lo + middle];
                Swap(keys, values, lo + middle, lo + hi - 1);
                int left = 0, right = hi - 1;
                while (left < right)
                {
                    while (c.Compare(keys[lo + ++left], pivot) < 0) { }
                    while (c.Compare(pivot, keys[lo + --right]) < 0) { }
                    if (left >= right) break;
                    Swap(keys, values, lo + left, lo + right);
                }
                if (left != hi - 1) Swap(keys, values, lo + left, lo + hi - 1);
                int p = left;
                IntroSort(keys, values, lo + p + 1, partitionSize - (p + 1), depthLimit, c);
                partitionSize = p;
            }
        }
        private static void HeapSort(TKey[] keys, TValue[] values, int lo, int n, IComparer<TKey> c)
        {
            for (int i = n >> 1; i >= 1; i--) DownHeap(keys, values, lo, i, n, c);
            for (int i = n; i > 1; i--) { Swap(keys, values, lo, lo + i - 1); DownHeap(keys, values, lo, 1, i - 1, c); }
        }
        private static void DownHeap(TKey[] keys, TValue[] values, int lo, int i, int n, IComparer<TKey> c)
        {
            TKey d = keys[lo + i - 1];
            TValue dv = values != null ? values[lo + i - 1] : default;
            while (i <= n >> 1)
            {
                int child = 2 * i;
                if (child < n && c.Compare(keys[lo + child - 1], keys[lo + child]) < 0) child++;
                if (!(c.Compare(d, keys[lo + child - 1]) < 0)) break;
                keys[lo + i - 1] = keys[lo + child - 1];
                if (values != null) values[lo + i - 1] = values[lo + child - 1];
                i = child;
            }
            keys[lo + i - 1] = d;
            if (values != null) values[lo + i - 1] = dv;
        }
    }
}

namespace System
{
    /// <summary>IList&lt;T&gt; and friends on T[]: the runtime calls these statics with the array first.</summary>
    internal static class SZArrayHelper<T>
    {
        internal static System.Collections.Generic.IEnumerator<T> GetEnumerator(T[] array) => new SZGenericArrayEnumerator<T>(array);
        internal static int get_Count(T[] array) => array.Length;
        internal static bool get_IsReadOnly(T[] array) => true;
        internal static T get_Item(T[] array, int index)
        {
            if ((uint)index >= (uint)array.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            return array[index];
        }
        internal static void set_Item(T[] array, int index, T value)
        {
            if ((uint)index >= (uint)array.Length) throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
            array[index] = value;
        }
        internal static bool Contains(T[] array, T value) => Array.IndexOf(array, value) >= 0;
        internal static int IndexOf(T[] array, T value) => Array.IndexOf(array, value);
        internal static void CopyTo(T[] array, T[] dest, int index) => Array.Copy(array, 0, dest, index, array.Length);
        internal static void Add(T[] array, T value) => throw new NotSupportedException("Collection was of a fixed size.");
        internal static void Insert(T[] array, int index, T value) => throw new NotSupportedException("Collection was of a fixed size.");
        internal static bool Remove(T[] array, T value) => throw new NotSupportedException("Collection was of a fixed size.");
        internal static void RemoveAt(T[] array, int index) => throw new NotSupportedException("Collection was of a fixed size.");
        internal static void Clear(T[] array) => throw new NotSupportedException("Collection was of a fixed size.");
    }

    internal sealed class SZGenericArrayEnumerator<T> : System.Collections.Generic.IEnumerator<T>
    {
        private readonly T[] _array; private int _index;
        internal SZGenericArrayEnumerator(T[] array) { _array = array; _index = -1; }
        public bool MoveNext()
        {
            int i = _index + 1;
            if ((uint)i < (uint)_array.Length) { _index = i; return true; }
            _index = _array.Length;
            return false;
        }
        public T Current
        {
            get
            {
                if ((uint)_index >= (uint)_array.Length)
                    throw new InvalidOperationException(_index < 0 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                return _array[_index];
            }
        }
        object System.Collections.IEnumerator.Current => Current;
        public void Reset() { _index = -1; }
        public void Dispose() { }
    }
}
