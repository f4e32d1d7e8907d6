namespace System.Collections
{
    public interface IEnumerable { IEnumerator GetEnumerator(); }
    public interface IEnumerator { bool MoveNext(); object Current { get; } void Reset(); }
    public interface ICollection : IEnumerable
    {
        int Count { get; }
        void CopyTo(Array array, int index);
        object SyncRoot { get; }
        bool IsSynchronized { get; }
    }
    public interface IList : ICollection
    {
        object this[int index] { get; set; }
        int Add(object value);
        bool Contains(object value);
        void Clear();
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        int IndexOf(object value);
        void Insert(int index, object value);
        void Remove(object value);
        void RemoveAt(int index);
    }
    public interface IDictionary : ICollection
    {
        object this[object key] { get; set; }
        ICollection Keys { get; }
        ICollection Values { get; }
        bool Contains(object key);
        void Add(object key, object value);
        void Clear();
        bool IsReadOnly { get; }
        bool IsFixedSize { get; }
        new IDictionaryEnumerator GetEnumerator();
        void Remove(object key);
    }
    public interface IDictionaryEnumerator : IEnumerator
    {
        object Key { get; }
        object Value { get; }
        DictionaryEntry Entry { get; }
    }
    public struct DictionaryEntry
    {
        private object _key; private object _value;
        public DictionaryEntry(object key, object value) { _key = key; _value = value; }
        public object Key { get => _key; set => _key = value; }
        public object Value { get => _value; set => _value = value; }
        public void Deconstruct(out object key, out object value) { key = _key; value = _value; }
        public override string ToString() => "[" + _key + ", " + _value + "]";
    }
    public interface IEqualityComparer { bool Equals(object x, object y); int GetHashCode(object obj); }
    public interface IComparer { int Compare(object x, object y); }
    public interface IStructuralEquatable { bool Equals(object other, IEqualityComparer comparer); int GetHashCode(IEqualityComparer comparer); }
    public interface IStructuralComparable { int CompareTo(object other, IComparer comparer); }
}

namespace System.Collections.Generic
{
    public interface IEnumerable<out T> : IEnumerable { new IEnumerator<T> GetEnumerator(); }
    public interface IEnumerator<out T> : IDisposable, IEnumerator { new T Current { get; } }
    public interface IAsyncEnumerable<out T> { IAsyncEnumerator<T> GetAsyncEnumerator(System.Threading.CancellationToken cancellationToken = default); }
    public interface IAsyncEnumerator<out T> : IAsyncDisposable { System.Threading.Tasks.ValueTask<bool> MoveNextAsync(); T Current { get; } }
    public interface ICollection<T> : IEnumerable<T>
    {
        int Count { get; }
        bool IsReadOnly { get; }
        void Add(T item);
        void Clear();
        bool Contains(T item);
        void CopyTo(T[] array, int arrayIndex);
        bool Remove(T item);
    }
    public interface IList<T> : ICollection<T>
    {
        T this[int index] { get; set; }
        int IndexOf(T item);
        void Insert(int index, T item);
        void RemoveAt(int index);
    }
    public interface IReadOnlyCollection<out T> : IEnumerable<T> { int Count { get; } }
    public interface IReadOnlyList<out T> : IReadOnlyCollection<T> { T this[int index] { get; } }
    public interface IComparer<in T> { int Compare(T x, T y); }
    public interface IEqualityComparer<in T> { bool Equals(T x, T y); int GetHashCode(T obj); }
    public interface IDictionary<TKey, TValue> : ICollection<KeyValuePair<TKey, TValue>>
    {
        TValue this[TKey key] { get; set; }
        ICollection<TKey> Keys { get; }
        ICollection<TValue> Values { get; }
        bool ContainsKey(TKey key);
        void Add(TKey key, TValue value);
        bool Remove(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }
    public interface IReadOnlyDictionary<TKey, TValue> : IReadOnlyCollection<KeyValuePair<TKey, TValue>>
    {
        TValue this[TKey key] { get; }
        IEnumerable<TKey> Keys { get; }
        IEnumerable<TValue> Values { get; }
        bool ContainsKey(TKey key);
        bool TryGetValue(TKey key, out TValue value);
    }
    public interface ISet<T> : ICollection<T>
    {
        new bool Add(T item);
        void UnionWith(IEnumerable<T> other);
        void IntersectWith(IEnumerable<T> other);
        void ExceptWith(IEnumerable<T> other);
        void SymmetricExceptWith(IEnumerable<T> other);
        bool IsSubsetOf(IEnumerable<T> other);
        bool IsSupersetOf(IEnumerable<T> other);
        bool IsProperSupersetOf(IEnumerable<T> other);
        bool IsProperSubsetOf(IEnumerable<T> other);
        bool Overlaps(IEnumerable<T> other);
        bool SetEquals(IEnumerable<T> other);
    }
    public interface IReadOnlySet<T> : IReadOnlyCollection<T>
    {
        bool Contains(T item);
        bool IsProperSubsetOf(IEnumerable<T> other);
        bool IsProperSupersetOf(IEnumerable<T> other);
        bool IsSubsetOf(IEnumerable<T> other);
        bool IsSupersetOf(IEnumerable<T> other);
        bool Overlaps(IEnumerable<T> other);
        bool SetEquals(IEnumerable<T> other);
    }

    public abstract class EqualityComparer<T> : IEqualityComparer<T>, System.Collections.IEqualityComparer
    {
        private static EqualityComparer<T> s_default;
        public static EqualityComparer<T> Default => s_default ??= CreateDefault();
        // The common key types get a comparer that calls their IEquatable<T>.Equals directly, as
        // .NET's GenericEqualityComparer<T> does (the general one boxes a value type to test it).
        private static EqualityComparer<T> CreateDefault()
        {
            object c = null;
            if (typeof(T) == typeof(int)) c = new GenericEqualityComparer<int>();
            else if (typeof(T) == typeof(string)) c = new GenericEqualityComparer<string>();
            else if (typeof(T) == typeof(long)) c = new GenericEqualityComparer<long>();
            else if (typeof(T) == typeof(uint)) c = new GenericEqualityComparer<uint>();
            else if (typeof(T) == typeof(ulong)) c = new GenericEqualityComparer<ulong>();
            else if (typeof(T) == typeof(char)) c = new GenericEqualityComparer<char>();
            else if (typeof(T) == typeof(short)) c = new GenericEqualityComparer<short>();
            else if (typeof(T) == typeof(ushort)) c = new GenericEqualityComparer<ushort>();
            else if (typeof(T) == typeof(byte)) c = new GenericEqualityComparer<byte>();
            else if (typeof(T) == typeof(sbyte)) c = new GenericEqualityComparer<sbyte>();
            else if (typeof(T) == typeof(bool)) c = new GenericEqualityComparer<bool>();
            else if (typeof(T) == typeof(double)) c = new GenericEqualityComparer<double>();
            else if (typeof(T) == typeof(float)) c = new GenericEqualityComparer<float>();
            return c != null ? (EqualityComparer<T>)c : new DefaultEqualityComparer<T>();
        }
        public abstract bool Equals(T x, T y);
        public abstract int GetHashCode(T obj);
        bool System.Collections.IEqualityComparer.Equals(object x, object y)
        {
            if (x == y) return true;
            if (x == null || y == null) return false;
            if (x is T a && y is T b) return Equals(a, b);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
        int System.Collections.IEqualityComparer.GetHashCode(object obj)
        {
            if (obj == null) return 0;
            if (obj is T a) return GetHashCode(a);
            throw new ArgumentException("Type of argument is not compatible with the generic comparer.");
        }
        public static EqualityComparer<T> Create(Func<T, T, bool> equals, Func<T, int> getHashCode = null) => new DelegateEqualityComparer<T>(equals, getHashCode);
    }
    /// <summary>
    /// Hashing and equality of keys under EqualityComparer&lt;T&gt;.Default, for collections that hold
    /// the default comparer. The interpreter expands both inline for integer keys (a compare, the
    /// value itself) and Equal to a direct String.Equals call for strings, as .NET's JIT
    /// devirtualizes the default comparer; elsewhere they are the calls written here.
    /// </summary>
    internal static class DefaultKeys
    {
        internal static bool Equal<T>(T x, T y) => EqualityComparer<T>.Default.Equals(x, y);
        internal static int Hash<T>(T key) => key.GetHashCode(); // never null here: the collections reject null keys first
        /// <summary>Whether DefaultKeys is worth using for T (a value type or string) under `comparer`.</summary>
        internal static bool Fits<T>(IEqualityComparer<T> comparer) =>
            (typeof(T).IsValueType || typeof(T) == typeof(string)) && (object)comparer == (object)EqualityComparer<T>.Default;
    }
    internal sealed class DelegateEqualityComparer<T> : EqualityComparer<T>
    {
        private readonly Func<T, T, bool> _equals; private readonly Func<T, int> _hash;
        public DelegateEqualityComparer(Func<T, T, bool> e, Func<T, int> h) { _equals = e; _hash = h; }
        public override bool Equals(T x, T y) => _equals(x, y);
        public override int GetHashCode(T obj) { if (_hash == null) throw new NotSupportedException(); return _hash(obj); }
    }
    /// <summary>The default comparer of a type implementing IEquatable&lt;T&gt;: no boxing, no type test.</summary>
    internal sealed class GenericEqualityComparer<T> : EqualityComparer<T> where T : IEquatable<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x != null) return y != null && x.Equals(y);
            return y == null;
        }
        public override int GetHashCode(T obj) => obj == null ? 0 : obj.GetHashCode();
        public override bool Equals(object obj) => obj is GenericEqualityComparer<T>;
        public override int GetHashCode() => 23456;
    }
    internal sealed class DefaultEqualityComparer<T> : EqualityComparer<T>
    {
        public override bool Equals(T x, T y)
        {
            if (x == null) return y == null;
            if (y == null) return false;
            if (x is IEquatable<T> e) return e.Equals(y);
            return x.Equals(y);
        }
        public override int GetHashCode(T obj) => obj == null ? 0 : obj.GetHashCode();
        public override bool Equals(object obj) => obj is DefaultEqualityComparer<T>;
        public override int GetHashCode() => 12345;
    }
    public abstract class Comparer<T> : IComparer<T>, System.Collections.IComparer
    {
        private static Comparer<T> s_default;
        public static Comparer<T> Default => s_default ??= CreateDefault();
        // Nullable<U> compares through U's comparer (a boxed U? is a boxed U, which implements
        // IComparable<U>, not IComparable<U?>), as .NET's NullableComparer<U>.
        private static Comparer<T> CreateDefault()
        {
            Type u = Nullable.GetUnderlyingType(typeof(T));
            if (u == null) return new DefaultComparer<T>();
            IntPtr mt = NullableComparerFactory.Instantiate(typeof(NullableComparer<>).TypeHandle, u.TypeHandle);
            return (Comparer<T>)Activator.CreateInstance(Type.GetTypeFromHandle(new RuntimeTypeHandle(mt)));
        }
        public abstract int Compare(T x, T y);
        int System.Collections.IComparer.Compare(object x, object y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is T a && y is T b) return Compare(a, b);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
        public static Comparer<T> Create(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException(nameof(comparison));
            return new ComparisonComparer<T>(comparison);
        }
    }
    internal sealed class ComparisonComparer<T> : Comparer<T>
    {
        private readonly Comparison<T> _c;
        public ComparisonComparer(Comparison<T> c) { _c = c; }
        public override int Compare(T x, T y) => _c(x, y);
    }
    internal sealed class DefaultComparer<T> : Comparer<T>
    {
        public override int Compare(T x, T y)
        {
            if (x == null) return y == null ? 0 : -1;
            if (y == null) return 1;
            if (x is IComparable<T> c) return c.CompareTo(y);
            if (x is IComparable nc) return nc.CompareTo(y);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }
    internal sealed class NullableComparer<U> : Comparer<U?> where U : struct
    {
        public override int Compare(U? x, U? y)
        {
            if (x.HasValue) return y.HasValue ? Comparer<U>.Default.Compare(x.GetValueOrDefault(), y.GetValueOrDefault()) : 1;
            return y.HasValue ? -1 : 0;
        }
        public override bool Equals(object obj) => obj is NullableComparer<U>;
        public override int GetHashCode() => typeof(NullableComparer<U>).GetHashCode();
    }
    internal static class NullableComparerFactory
    {
        /// <summary>The MethodTable of the one-parameter generic type definition instantiated over arg.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.InternalCall)]
        internal static extern IntPtr Instantiate(RuntimeTypeHandle definition, RuntimeTypeHandle arg);
    }
    internal sealed class ReverseComparer<T> : Comparer<T>
    {
        private readonly IComparer<T> _c;
        public ReverseComparer(IComparer<T> c) { _c = c; }
        public override int Compare(T x, T y) => _c.Compare(y, x);
    }

    public readonly struct KeyValuePair<TKey, TValue>
    {
        private readonly TKey key;
        private readonly TValue value;
        public KeyValuePair(TKey key, TValue value) { this.key = key; this.value = value; }
        public TKey Key => key;
        public TValue Value => value;
        public void Deconstruct(out TKey key, out TValue value) { key = this.key; value = this.value; }
        public override string ToString() => "[" + (key == null ? "" : key.ToString()) + ", " + (value == null ? "" : value.ToString()) + "]";
    }

    public static class KeyValuePair
    {
        public static KeyValuePair<TKey, TValue> Create<TKey, TValue>(TKey key, TValue value) => new KeyValuePair<TKey, TValue>(key, value);
    }

    public static class CollectionExtensions
    {
        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key) => dictionary.GetValueOrDefault(key, default);
        public static TValue GetValueOrDefault<TKey, TValue>(this IReadOnlyDictionary<TKey, TValue> dictionary, TKey key, TValue defaultValue)
        {
            if (dictionary == null) throw new ArgumentNullException(nameof(dictionary));
            return dictionary.TryGetValue(key, out TValue v) ? v : defaultValue;
        }
        public static bool TryAdd<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key, TValue value)
        {
            if (dictionary.ContainsKey(key)) return false;
            dictionary.Add(key, value);
            return true;
        }
        public static bool Remove<TKey, TValue>(this IDictionary<TKey, TValue> dictionary, TKey key, out TValue value)
        {
            if (dictionary.TryGetValue(key, out value)) { dictionary.Remove(key); return true; }
            value = default;
            return false;
        }
        public static System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly<T>(this IList<T> list) => new System.Collections.ObjectModel.ReadOnlyCollection<T>(list);
        public static void AddRange<T>(this List<T> list, ReadOnlySpan<T> source) { for (int i = 0; i < source.Length; i++) list.Add(source[i]); }
    }
}
