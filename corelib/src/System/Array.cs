using System.Runtime.CompilerServices;

namespace System
{
    /// <summary>
    /// Base of all arrays. Layout (runtime contract): header, MethodTable, int length at 8,
    /// elements from 16; multi-dimensional arrays keep their bounds after the length.
    /// </summary>
    public abstract class Array : ICloneable, System.Collections.IEnumerable
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
            if ((uint)index >= (uint)Length) throw new IndexOutOfRangeException();
            return GetValueCore(this, index);
        }

        public static void Copy(Array sourceArray, Array destinationArray, int length) => Copy(sourceArray, 0, destinationArray, 0, length);
        public static void Copy(Array sourceArray, int sourceIndex, Array destinationArray, int destinationIndex, int length)
        {
            if (sourceArray == null) throw new ArgumentNullException(nameof(sourceArray));
            if (destinationArray == null) throw new ArgumentNullException(nameof(destinationArray));
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
        public static int IndexOf<T>(T[] array, T value)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            for (int i = 0; i < array.Length; i++) if (System.Collections.Generic.EqualityComparer<T>.Default.Equals(array[i], value)) return i;
            return -1;
        }
        public static void Reverse<T>(T[] array)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            for (int i = 0, j = array.Length - 1; i < j; i++, j--) { T t = array[i]; array[i] = array[j]; array[j] = t; }
        }
        public static void Reverse(Array array)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            object[] o = array as object[];
            if (o == null) throw new NotSupportedException();
            Reverse<object>(o);
        }
        public System.Collections.IEnumerator GetEnumerator() => new ArrayEnumerator(this);

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
