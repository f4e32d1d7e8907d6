using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>
    /// Base of all arrays. Layout (runtime contract): header, MethodTable, int length at 8,
    /// elements from 16; multi-dimensional arrays keep their bounds after the length.
    /// </summary>
    public abstract class Array : ICloneable, System.Collections.IList, System.Collections.IStructuralEquatable
    {
        private Array() { }
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetLengthCore(Array a);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetRankCore(Array a);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern int GetBound(Array a, int dimension, bool lower);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void CopyCore(Array source, int sourceIndex, Array dest, int destIndex, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void ClearCore(Array a, int index, int length);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object GetValueCore(Array a, int index);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern object CloneCore(Array a);

        public int Length => GetLengthCore(this);
        public long LongLength => GetLengthCore(this);
        public int Rank => GetRankCore(this);
        public int GetLength(int dimension)
        {
            if ((uint)dimension >= (uint)Rank) throw new IndexOutOfRangeException();
            return GetBound(this, dimension, false);
        }
        public int GetLowerBound(int dimension)
        {
            if ((uint)dimension >= (uint)Rank) throw new IndexOutOfRangeException();
            return GetBound(this, dimension, true);
        }
        public int GetUpperBound(int dimension) => GetLowerBound(dimension) + GetLength(dimension) - 1;
        public object Clone() => CloneCore(this);
        public object GetValue(int index)
        {
            if (Rank != 1) throw new ArgumentException("Array was not a one-dimensional array.");
            index -= GetLowerBound(0);
            if ((uint)index >= (uint)Length) throw new IndexOutOfRangeException();
            return GetValueCore(this, index);
        }

        public static void Copy(Array sourceArray, Array destinationArray, int length) => Copy(sourceArray, 0, destinationArray, 0, length);
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) throw new ArgumentNullException(nameof(sourceArray));
            if (destinationArray == null) throw new ArgumentNullException(nameof(destinationArray));
            if (sourceArray.Rank != destinationArray.Rank) throw new RankException("The specified arrays must have the same number of dimensions.");
            if (length < 0) throw new ArgumentOutOfRangeException(nameof(length), "Non-negative number required.");
            if (sourceIndex < 0) throw new ArgumentOutOfRangeException(nameof(sourceIndex), "Non-negative number required.");
            if (destinationIndex < 0) throw new ArgumentOutOfRangeException(nameof(destinationIndex), "Non-negative number required.");
            if (sourceArray.Length - sourceIndex < length || destinationArray.Length - destinationIndex < length)
                throw new ArgumentException("Destination array was not long enough. Check the destination index, length, and the array's lower bounds.", nameof(destinationArray));
            CopyCore(sourceArray, sourceIndex, destinationArray, destinationIndex, length);
        }
        public static void Clear(Array array) { if (array == null) throw new ArgumentNullException(nameof(array)); ClearCore(array, 0, array.Length); }
        public static void Clear(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (index < 0 || length < 0 || index > array.Length - length) throw new IndexOutOfRangeException();
            ClearCore(array, index, length);
        }
        public static T[] Empty<T>() => EmptyArray<T>.Value;
        public static void Resize<T>(ref T[] array, int newSize)
        {
            if (newSize < 0) throw new ArgumentOutOfRangeException(nameof(newSize), "Non-negative number required.");
            T[] larger = new T[newSize];
            if (array != null) Copy(array, larger, array.Length < newSize ? array.Length : newSize);
            array = larger;
        }
        public static int IndexOf<T>(T[] array, T value) => IndexOf(array, value, 0, array == null ? 0 : array.Length);
        public static int IndexOf<T>(T[] array, T value, int startIndex) => IndexOf(array, value, startIndex, array == null ? 0 : array.Length - startIndex);
        public static int IndexOf<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > array.Length - count) throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
            var c = System.Collections.Generic.EqualityComparer<T>.Default;
            for (int i = startIndex; i < startIndex + count; i++) if (c.Equals(array[i], value)) return i;
            return -1;
        }
        public static int IndexOf(Array array, object value)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            for (int i = 0; i < array.Length; i++) if (object.Equals(array.GetValue(i), value)) return i;
            return -1;
        }
        public static int LastIndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            var c = System.Collections.Generic.EqualityComparer<T>.Default;
            for (int i = array.Length - 1; i >= 0; i--) if (c.Equals(array[i], value)) return i;
            return -1;
        }
        public static void Reverse<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            Reverse(array, 0, array.Length);
        }
        public static void Reverse<T>(T[] array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(length), "Non-negative number required.");
            if (array.Length - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            for (int i = index, j = index + length - 1; i < j; i++, j--) { T t = array[i]; array[i] = array[j]; array[j] = t; }
        }
        public static void Reverse(Array array)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            Reverse(array, 0, array.Length);
        }
        public static void Reverse(Array array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            for (int i = index, j = index + length - 1; i < j; i++, j--) { object t = array.GetValue(i); array.SetValue(array.GetValue(j), i); array.SetValue(t, j); }
        }
        public void SetValue(object value, int index)
        {
            if (Rank != 1) throw new ArgumentException("Array was not a one-dimensional array.");
            index -= GetLowerBound(0);
            if ((uint)index >= (uint)Length) throw new IndexOutOfRangeException();
            SetValueCore(this, value, index);
        }
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern void SetValueCore(Array a, object value, int index);
        public void CopyTo(Array array, int index) => Copy(this, 0, array, index, Length);
        public bool IsReadOnly => false;
        public bool IsFixedSize => true;
        public bool IsSynchronized => false;
        public object SyncRoot => this;

        public static void Sort<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            System.Collections.Generic.ArraySortHelper<T>.Sort(array, 0, array.Length, (System.Collections.Generic.IComparer<T>)null);
        }
        public static void Sort<T>(T[] array, int index, int length)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            CheckRange(array.Length, index, length);
            System.Collections.Generic.ArraySortHelper<T>.Sort(array, index, length, (System.Collections.Generic.IComparer<T>)null);
        }
        public static void Sort<T>(T[] array, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            System.Collections.Generic.ArraySortHelper<T>.Sort(array, 0, array.Length, comparer);
        }
        public static void Sort<T>(T[] array, int index, int length, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            CheckRange(array.Length, index, length);
            System.Collections.Generic.ArraySortHelper<T>.Sort(array, index, length, comparer);
        }
        public static void Sort<T>(T[] array, Comparison<T> comparison)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (comparison == null) throw new ArgumentNullException(nameof(comparison));
            System.Collections.Generic.ArraySortHelper<T>.Sort(array, 0, array.Length, comparison);
        }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items)
        {
            if (keys == null) throw new ArgumentNullException(nameof(keys));
            System.Collections.Generic.ArraySortHelper<TKey, TValue>.Sort(keys, items, 0, keys.Length, null);
        }
        public static void Sort<TKey, TValue>(TKey[] keys, TValue[] items, System.Collections.Generic.IComparer<TKey> comparer)
        {
            if (keys == null) throw new ArgumentNullException(nameof(keys));
            System.Collections.Generic.ArraySortHelper<TKey, TValue>.Sort(keys, items, 0, keys.Length, comparer);
        }
        public static void Sort(Array array)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            object[] o = new object[array.Length];
            for (int i = 0; i < o.Length; i++) o[i] = array.GetValue(i);
            System.Collections.Generic.ArraySortHelper<object>.Sort(o, 0, o.Length, (System.Collections.Generic.IComparer<object>)null);
            for (int i = 0; i < o.Length; i++) array.SetValue(o[i], i);
        }
        private static void CheckRange(int len, int index, int length)
        {
            if (index < 0 || length < 0) throw new ArgumentOutOfRangeException(index < 0 ? "index" : "length", "Non-negative number required.");
            if (len - index < length) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
        }
        public static int BinarySearch<T>(T[] array, T value) => BinarySearch(array, 0, array == null ? 0 : array.Length, value, null);
        public static int BinarySearch<T>(T[] array, T value, System.Collections.Generic.IComparer<T> comparer) => BinarySearch(array, 0, array == null ? 0 : array.Length, value, comparer);
        public static int BinarySearch<T>(T[] array, int index, int length, T value, System.Collections.Generic.IComparer<T> comparer)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (comparer == null) comparer = System.Collections.Generic.Comparer<T>.Default;
            int lo = index, hi = index + length - 1;
            while (lo <= hi)
            {
                int i = lo + ((hi - lo) >> 1);
                int c = comparer.Compare(array[i], value);
                if (c == 0) return i;
                if (c < 0) lo = i + 1; else hi = i - 1;
            }
            return ~lo;
        }
        public static TOutput[] ConvertAll<TInput, TOutput>(TInput[] array, Converter<TInput, TOutput> converter)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (converter == null) throw new ArgumentNullException(nameof(converter));
            TOutput[] r = new TOutput[array.Length];
            for (int i = 0; i < array.Length; i++) r[i] = converter(array[i]);
            return r;
        }
        public static bool Exists<T>(T[] array, Predicate<T> match) => FindIndex(array, match) != -1;
        public static T Find<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = 0; i < array.Length; i++) if (match(array[i])) return array[i];
            return default;
        }
        public static T FindLast<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = array.Length - 1; i >= 0; i--) if (match(array[i])) return array[i];
            return default;
        }
        public static T[] FindAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (match == null) throw new ArgumentNullException(nameof(match));
            var l = new System.Collections.Generic.List<T>();
            for (int i = 0; i < array.Length; i++) if (match(array[i])) l.Add(array[i]);
            return l.ToArray();
        }
        public static int FindIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = 0; i < array.Length; i++) if (match(array[i])) return i;
            return -1;
        }
        public static int FindLastIndex<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = array.Length - 1; i >= 0; i--) if (match(array[i])) return i;
            return -1;
        }
        public static bool TrueForAll<T>(T[] array, Predicate<T> match)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = 0; i < array.Length; i++) if (!match(array[i])) return false;
            return true;
        }
        public static void ForEach<T>(T[] array, Action<T> action)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            for (int i = 0; i < array.Length; i++) action(array[i]);
        }
        public static void Fill<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            for (int i = 0; i < array.Length; i++) array[i] = value;
        }
        public static void Fill<T>(T[] array, T value, int startIndex, int count)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if ((uint)startIndex > (uint)array.Length) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if ((uint)count > (uint)(array.Length - startIndex)) throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
            for (int i = startIndex; i < startIndex + count; i++) array[i] = value;
        }
        public static System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            return new System.Collections.ObjectModel.ReadOnlyCollection<T>(array);
        }
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Array CreateMd(RuntimeTypeHandle elementType, int[] lengths, int[] lowerBounds);
        [MethodImpl(MethodImplOptions.InternalCall)] private static extern Array CreateSz(RuntimeTypeHandle elementType, int length);
        public static Array CreateInstance(Type elementType, int length)
        {
            if (elementType == null) throw new ArgumentNullException(nameof(elementType));
            ArgumentOutOfRangeException.ThrowIfNegative(length);
            return CreateSz(elementType.TypeHandle, length);
        }
        public static Array CreateInstance(Type elementType, params int[] lengths) => CreateMd(elementType.TypeHandle, lengths, null);
        public static Array CreateInstance(Type elementType, int[] lengths, int[] lowerBounds) => CreateMd(elementType.TypeHandle, lengths, lowerBounds);
        public static Array CreateInstance(Type elementType, int length1, int length2) => CreateMd(elementType.TypeHandle, new int[] { length1, length2 }, null);
        public object GetValue(params int[] indices)
        {
            if (indices.Length == 1) return GetValue(indices[0]);
            return GetValueCore(this, FlatIndex(indices));
        }
        public void SetValue(object value, params int[] indices)
        {
            if (indices.Length == 1) { SetValue(value, indices[0]); return; }
            SetValueCore(this, value, FlatIndex(indices));
        }
        public object GetValue(int index1, int index2) => GetValue(new[] { index1, index2 });
        public object GetValue(int index1, int index2, int index3) => GetValue(new[] { index1, index2, index3 });
        public void SetValue(object value, int index1, int index2) => SetValue(value, new[] { index1, index2 });
        public void SetValue(object value, int index1, int index2, int index3) => SetValue(value, new[] { index1, index2, index3 });
        private int FlatIndex(int[] indices)
        {
            if (indices.Length != Rank) throw new ArgumentException("Indices length does not match the array rank.");
            int flat = 0;
            for (int d = 0; d < indices.Length; d++)
            {
                int i = indices[d] - GetLowerBound(d);
                if ((uint)i >= (uint)GetLength(d)) throw new IndexOutOfRangeException();
                flat = flat * GetLength(d) + i;
            }
            return flat;
        }
        public System.Collections.IEnumerator GetEnumerator() => new ArrayEnumerator(this);
        int System.Collections.ICollection.Count => Length;
        object System.Collections.IList.this[int index] { get => GetValue(index); set => SetValue(value, index); }
        int System.Collections.IList.Add(object value) => throw new NotSupportedException("Collection was of a fixed size.");
        bool System.Collections.IList.Contains(object value) => IndexOf(this, value) >= 0;
        void System.Collections.IList.Clear() => Clear(this);
        int System.Collections.IList.IndexOf(object value) => IndexOf(this, value);
        void System.Collections.IList.Insert(int index, object value) => throw new NotSupportedException("Collection was of a fixed size.");
        void System.Collections.IList.Remove(object value) => throw new NotSupportedException("Collection was of a fixed size.");
        void System.Collections.IList.RemoveAt(int index) => throw new NotSupportedException("Collection was of a fixed size.");
        bool System.Collections.IStructuralEquatable.Equals(object other, System.Collections.IEqualityComparer comparer)
        {
            if (!(other is Array o) || o.Length != Length) return false;
            for (int i = 0; i < Length; i++) if (!comparer.Equals(GetValueCore(this, i), GetValueCore(o, i))) return false;
            return true;
        }
        int System.Collections.IStructuralEquatable.GetHashCode(System.Collections.IEqualityComparer comparer)
        {
            int h = 0;
            for (int i = Length >= 8 ? Length - 8 : 0; i < Length; i++) h = ((h << 5) + h) ^ comparer.GetHashCode(GetValueCore(this, i));
            return h;
        }

        private sealed class ArrayEnumerator : System.Collections.IEnumerator
        {
            private readonly Array _a; private int _i = -1;
            public ArrayEnumerator(Array a) { _a = a; }
            public bool MoveNext() => ++_i < _a.Length;
            public object Current => GetValueCore(_a, _i);
            public void Reset() { _i = -1; }
        }
    }

    internal static class EmptyArray<T> { internal static readonly T[] Value = new T[0]; }
}
