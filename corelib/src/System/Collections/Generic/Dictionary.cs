namespace System.Collections.Generic
{
    internal static class HashHelpers
    {
        private static readonly int[] s_primes = {
            3, 7, 11, 17, 23, 29, 37, 47, 59, 71, 89, 107, 131, 163, 197, 239, 293, 353, 431, 521, 631, 761, 919,
            1103, 1327, 1597, 1931, 2333, 2801, 3371, 4049, 4861, 5839, 7013, 8419, 10103, 12143, 14591,
            17519, 21023, 25229, 30293, 36353, 43627, 52361, 62851, 75431, 90523, 108631, 130363, 156437,
            187751, 225307, 270371, 324449, 389357, 467237, 560689, 672827, 807403, 968897, 1162687, 1395263,
            1674319, 2009191, 2411033, 2893249, 3471899, 4166287, 4999559, 5999471, 7199369 };
        internal static bool IsPrime(int candidate)
        {
            if ((candidate & 1) != 0)
            {
                for (int d = 3; d * d <= candidate; d += 2) if (candidate % d == 0) return false;
                return true;
            }
            return candidate == 2;
        }
        internal static int GetPrime(int min)
        {
            if (min < 0) throw new ArgumentException("Hashtable's capacity overflowed and went negative. Check load factor, capacity and the current size of the table.");
            foreach (int p in s_primes) if (p >= min) return p;
            for (int i = min | 1; i < int.MaxValue; i += 2) if (IsPrime(i) && (i - 1) % 101 != 0) return i;
            return min;
        }
        internal static int ExpandPrime(int oldSize)
        {
            int newSize = 2 * oldSize;
            if ((uint)newSize > 0x7FFFFFC3 && 0x7FFFFFC3 > oldSize) return 0x7FFFFFC3;
            return GetPrime(newSize);
        }
    }

    public class Dictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>, System.Collections.IDictionary
    {
        private struct Entry
        {
            public uint hashCode;
            public int next;
            public TKey key;
            public TValue value;
        }
        private const int StartOfFreeList = -3;
        private int[] _buckets;
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private IEqualityComparer<TKey> _comparer;
        private bool _defaultKeys; // _comparer is the default one: keys go through DefaultKeys (see there)
        private KeyCollection _keys;
        private ValueCollection _values;

        public Dictionary() : this(0, null) { }
        public Dictionary(int capacity) : this(capacity, null) { }
        public Dictionary(IEqualityComparer<TKey> comparer) : this(0, comparer) { }
        public Dictionary(int capacity, IEqualityComparer<TKey> comparer)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
            if (capacity > 0) Initialize(capacity);
            _comparer = comparer ?? EqualityComparer<TKey>.Default;
            _defaultKeys = DefaultKeys.Fits(_comparer);
        }
        public Dictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public Dictionary(IDictionary<TKey, TValue> dictionary, IEqualityComparer<TKey> comparer) : this(dictionary != null ? dictionary.Count : 0, comparer)
        {
            if (dictionary == null) throw new ArgumentNullException(nameof(dictionary));
            foreach (KeyValuePair<TKey, TValue> kv in dictionary) Add(kv.Key, kv.Value);
        }
        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection) : this(collection, null) { }
        public Dictionary(IEnumerable<KeyValuePair<TKey, TValue>> collection, IEqualityComparer<TKey> comparer) : this((collection as ICollection<KeyValuePair<TKey, TValue>>)?.Count ?? 0, comparer)
        {
            if (collection == null) throw new ArgumentNullException(nameof(collection));
            foreach (KeyValuePair<TKey, TValue> kv in collection) Add(kv.Key, kv.Value);
        }

        public IEqualityComparer<TKey> Comparer => _comparer;
        public int Count => _count - _freeCount;
        public int Capacity => _entries == null ? 0 : _entries.Length;
        public KeyCollection Keys => _keys ??= new KeyCollection(this);
        public ValueCollection Values => _values ??= new ValueCollection(this);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;
        System.Collections.ICollection System.Collections.IDictionary.Keys => Keys;
        System.Collections.ICollection System.Collections.IDictionary.Values => Values;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        bool System.Collections.IDictionary.IsReadOnly => false;
        bool System.Collections.IDictionary.IsFixedSize => false;
        bool System.Collections.ICollection.IsSynchronized => false;
        object System.Collections.ICollection.SyncRoot => this;

        public TValue this[TKey key]
        {
            get
            {
                int i = FindEntry(key);
                if (i >= 0) return _entries[i].value;
                throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
            }
            set => TryInsert(key, value, 1);
        }
        object System.Collections.IDictionary.this[object key]
        {
            get { if (key is TKey k) { int i = FindEntry(k); if (i >= 0) return _entries[i].value; } return null; }
            set => this[(TKey)key] = (TValue)value;
        }

        public void Add(TKey key, TValue value) => TryInsert(key, value, 2);
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> kv) => Add(kv.Key, kv.Value);
        void System.Collections.IDictionary.Add(object key, object value) => Add((TKey)key, (TValue)value);
        public bool TryAdd(TKey key, TValue value) => TryInsert(key, value, 0);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> kv)
        {
            int i = FindEntry(kv.Key);
            return i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, kv.Value);
        }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> kv)
        {
            int i = FindEntry(kv.Key);
            if (i >= 0 && EqualityComparer<TValue>.Default.Equals(_entries[i].value, kv.Value)) { Remove(kv.Key); return true; }
            return false;
        }
        bool System.Collections.IDictionary.Contains(object key) => key is TKey k && ContainsKey(k);
        void System.Collections.IDictionary.Remove(object key) { if (key is TKey k) Remove(k); }

        public void Clear()
        {
            int count = _count;
            if (count > 0)
            {
                Array.Clear(_buckets);
                _count = 0;
                _freeList = -1;
                _freeCount = 0;
                Array.Clear(_entries, 0, count);
            }
            _version++;
        }
        public bool ContainsKey(TKey key) => FindEntry(key) >= 0;
        public bool ContainsValue(TValue value)
        {
            Entry[] entries = _entries;
            var c = EqualityComparer<TValue>.Default;
            for (int i = 0; i < _count; i++)
                if (entries[i].next >= -1 && c.Equals(entries[i].value, value)) return true;
            return false;
        }
        private void CopyTo(KeyValuePair<TKey, TValue>[] array, int index)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            if ((uint)index > (uint)array.Length) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (array.Length - index < Count) throw new ArgumentException("Destination array is not long enough to copy all the items in the collection. Check array index and length.");
            for (int i = 0; i < _count; i++)
                if (_entries[i].next >= -1) array[index++] = new KeyValuePair<TKey, TValue>(_entries[i].key, _entries[i].value);
        }
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index) => CopyTo(array, index);
        void System.Collections.ICollection.CopyTo(Array array, int index)
        {
            for (int i = 0; i < _count; i++)
                if (_entries[i].next >= -1) array.SetValue(new KeyValuePair<TKey, TValue>(_entries[i].key, _entries[i].value), index++);
        }

        public Enumerator GetEnumerator() => new Enumerator(this, Enumerator.KeyValuePair);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this, Enumerator.KeyValuePair);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(this, Enumerator.KeyValuePair);
        System.Collections.IDictionaryEnumerator System.Collections.IDictionary.GetEnumerator() => new Enumerator(this, Enumerator.DictEntry);

        // CollectionsMarshal.GetValueRefOrNullRef / GetValueRefOrAddDefault.
        internal ref TValue FindValueRef(TKey key)
        {
            int i = FindEntry(key);
            if (i < 0) return ref System.Runtime.CompilerServices.Unsafe.NullRef<TValue>();
            return ref _entries[i].value;
        }
        internal ref TValue ValueRefOrAddDefault(TKey key, out bool exists)
        {
            int i = FindEntry(key);
            exists = i >= 0;
            if (!exists) { TryInsert(key, default, 0); i = FindEntry(key); }
            return ref _entries[i].value;
        }

        private int FindEntry(TKey key)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            if (_buckets == null) return -1;
            uint hashCode = (uint)(_defaultKeys ? DefaultKeys.Hash(key) : _comparer.GetHashCode(key));
            int i = _buckets[(int)(hashCode % (uint)_buckets.Length)] - 1;
            Entry[] entries = _entries;
            uint collisions = 0;
            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && (_defaultKeys ? DefaultKeys.Equal(entries[i].key, key) : _comparer.Equals(entries[i].key, key))) return i;
                i = entries[i].next;
                if (++collisions > (uint)entries.Length) throw new InvalidOperationException("Operations that change non-concurrent collections must have exclusive access. A concurrent update was performed on this collection and corrupted its state. The collection's state is no longer correct.");
            }
            return -1;
        }
        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _freeList = -1;
            _buckets = new int[size];
            _entries = new Entry[size];
            return size;
        }
        /// <summary>behavior: 0 = TryAdd (no throw), 1 = overwrite, 2 = throw on existing.</summary>
        private bool TryInsert(TKey key, TValue value, int behavior)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            if (_buckets == null) Initialize(0);
            Entry[] entries = _entries;
            uint hashCode = (uint)(_defaultKeys ? DefaultKeys.Hash(key) : _comparer.GetHashCode(key));
            int bucket = (int)(hashCode % (uint)_buckets.Length);
            int i = _buckets[bucket] - 1;
            uint collisions = 0;
            while ((uint)i < (uint)entries.Length)
            {
                if (entries[i].hashCode == hashCode && (_defaultKeys ? DefaultKeys.Equal(entries[i].key, key) : _comparer.Equals(entries[i].key, key)))
                {
                    if (behavior == 1) { entries[i].value = value; return true; }
                    if (behavior == 2) throw new ArgumentException("An item with the same key has already been added. Key: " + key.ToString());
                    return false;
                }
                i = entries[i].next;
                if (++collisions > (uint)entries.Length) throw new InvalidOperationException("Operations that change non-concurrent collections must have exclusive access. A concurrent update was performed on this collection and corrupted its state. The collection's state is no longer correct.");
            }
            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeList = StartOfFreeList - entries[_freeList].next;
                _freeCount--;
            }
            else
            {
                int count = _count;
                if (count == entries.Length)
                {
                    Resize(HashHelpers.ExpandPrime(count));
                    bucket = (int)(hashCode % (uint)_buckets.Length);
                }
                index = count;
                _count = count + 1;
                entries = _entries;
            }
            entries[index].hashCode = hashCode;
            entries[index].next = _buckets[bucket] - 1;
            entries[index].key = key;
            entries[index].value = value;
            _buckets[bucket] = index + 1;
            _version++;
            return true;
        }
        private void Resize(int newSize)
        {
            Entry[] entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, entries, count);
            _buckets = new int[newSize];
            for (int i = 0; i < count; i++)
            {
                if (entries[i].next >= -1)
                {
                    int bucket = (int)(entries[i].hashCode % (uint)newSize);
                    entries[i].next = _buckets[bucket] - 1;
                    _buckets[bucket] = i + 1;
                }
            }
            _entries = entries;
        }
        public bool Remove(TKey key) => Remove(key, out _);
        public bool Remove(TKey key, out TValue value)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            if (_buckets != null)
            {
                Entry[] entries = _entries;
                uint hashCode = (uint)(_defaultKeys ? DefaultKeys.Hash(key) : _comparer.GetHashCode(key));
                int bucket = (int)(hashCode % (uint)_buckets.Length);
                int last = -1;
                int i = _buckets[bucket] - 1;
                while (i >= 0)
                {
                    if (entries[i].hashCode == hashCode && (_defaultKeys ? DefaultKeys.Equal(entries[i].key, key) : _comparer.Equals(entries[i].key, key)))
                    {
                        if (last < 0) _buckets[bucket] = entries[i].next + 1;
                        else entries[last].next = entries[i].next;
                        value = entries[i].value;
                        entries[i].next = StartOfFreeList - _freeList;
                        entries[i].key = default;
                        entries[i].value = default;
                        _freeList = i;
                        _freeCount++;
                        return true;
                    }
                    last = i;
                    i = entries[i].next;
                }
            }
            value = default;
            return false;
        }
        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = FindEntry(key);
            if (i >= 0) { value = _entries[i].value; return true; }
            value = default;
            return false;
        }
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity));
            int cur = _entries == null ? 0 : _entries.Length;
            if (cur >= capacity) return cur;
            _version++;
            if (_buckets == null) return Initialize(capacity);
            int newSize = HashHelpers.GetPrime(capacity);
            Resize(newSize);
            return newSize;
        }
        public void TrimExcess() { }

        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>, System.Collections.IDictionaryEnumerator
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            private readonly int _version;
            private int _index;
            private KeyValuePair<TKey, TValue> _current;
            private readonly int _getEnumeratorRetType;
            internal const int DictEntry = 1;
            internal const int KeyValuePair = 2;
            internal Enumerator(Dictionary<TKey, TValue> dictionary, int getEnumeratorRetType)
            {
                _dictionary = dictionary; _version = dictionary._version; _index = 0; _getEnumeratorRetType = getEnumeratorRetType; _current = default;
            }
            public bool MoveNext()
            {
                if (_version != _dictionary._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while ((uint)_index < (uint)_dictionary._count)
                {
                    int i = _index++;
                    if (_dictionary._entries[i].next >= -1)
                    {
                        _current = new KeyValuePair<TKey, TValue>(_dictionary._entries[i].key, _dictionary._entries[i].value);
                        return true;
                    }
                }
                _index = _dictionary._count + 1;
                _current = default;
                return false;
            }
            public KeyValuePair<TKey, TValue> Current => _current;
            public void Dispose() { }
            object System.Collections.IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _dictionary._count + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    if (_getEnumeratorRetType == DictEntry) return new System.Collections.DictionaryEntry(_current.Key, _current.Value);
                    return _current;
                }
            }
            void System.Collections.IEnumerator.Reset() { _index = 0; _current = default; }
            System.Collections.DictionaryEntry System.Collections.IDictionaryEnumerator.Entry => new System.Collections.DictionaryEntry(_current.Key, _current.Value);
            object System.Collections.IDictionaryEnumerator.Key => _current.Key;
            object System.Collections.IDictionaryEnumerator.Value => _current.Value;
        }

        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>, System.Collections.ICollection
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            public KeyCollection(Dictionary<TKey, TValue> dictionary) { if (dictionary == null) throw new ArgumentNullException(nameof(dictionary)); _dictionary = dictionary; }
            public Enumerator GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => new Enumerator(_dictionary);
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(_dictionary);
            public int Count => _dictionary.Count;
            public void CopyTo(TKey[] array, int index)
            {
                for (int i = 0; i < _dictionary._count; i++) if (_dictionary._entries[i].next >= -1) array[index++] = _dictionary._entries[i].key;
            }
            void System.Collections.ICollection.CopyTo(Array array, int index)
            {
                for (int i = 0; i < _dictionary._count; i++) if (_dictionary._entries[i].next >= -1) array.SetValue(_dictionary._entries[i].key, index++);
            }
            bool ICollection<TKey>.IsReadOnly => true;
            bool System.Collections.ICollection.IsSynchronized => false;
            object System.Collections.ICollection.SyncRoot => this;
            void ICollection<TKey>.Add(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            void ICollection<TKey>.Clear() => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            public bool Contains(TKey item) => _dictionary.ContainsKey(item);
            bool ICollection<TKey>.Remove(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");

            public struct Enumerator : IEnumerator<TKey>
            {
                private readonly Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private readonly int _version;
                private TKey _currentKey;
                internal Enumerator(Dictionary<TKey, TValue> dictionary) { _dictionary = dictionary; _version = dictionary._version; _index = 0; _currentKey = default; }
                public void Dispose() { }
                public bool MoveNext()
                {
                    if (_version != _dictionary._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        int i = _index++;
                        if (_dictionary._entries[i].next >= -1) { _currentKey = _dictionary._entries[i].key; return true; }
                    }
                    _index = _dictionary._count + 1;
                    _currentKey = default;
                    return false;
                }
                public TKey Current => _currentKey;
                object System.Collections.IEnumerator.Current => _currentKey;
                void System.Collections.IEnumerator.Reset() { _index = 0; _currentKey = default; }
            }
        }

        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>, System.Collections.ICollection
        {
            private readonly Dictionary<TKey, TValue> _dictionary;
            public ValueCollection(Dictionary<TKey, TValue> dictionary) { if (dictionary == null) throw new ArgumentNullException(nameof(dictionary)); _dictionary = dictionary; }
            public Enumerator GetEnumerator() => new Enumerator(_dictionary);
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => new Enumerator(_dictionary);
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(_dictionary);
            public int Count => _dictionary.Count;
            public void CopyTo(TValue[] array, int index)
            {
                for (int i = 0; i < _dictionary._count; i++) if (_dictionary._entries[i].next >= -1) array[index++] = _dictionary._entries[i].value;
            }
            void System.Collections.ICollection.CopyTo(Array array, int index)
            {
                for (int i = 0; i < _dictionary._count; i++) if (_dictionary._entries[i].next >= -1) array.SetValue(_dictionary._entries[i].value, index++);
            }
            bool ICollection<TValue>.IsReadOnly => true;
            bool System.Collections.ICollection.IsSynchronized => false;
            object System.Collections.ICollection.SyncRoot => this;
            void ICollection<TValue>.Add(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            void ICollection<TValue>.Clear() => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            bool ICollection<TValue>.Contains(TValue item) => _dictionary.ContainsValue(item);
            bool ICollection<TValue>.Remove(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");

            public struct Enumerator : IEnumerator<TValue>
            {
                private readonly Dictionary<TKey, TValue> _dictionary;
                private int _index;
                private readonly int _version;
                private TValue _currentValue;
                internal Enumerator(Dictionary<TKey, TValue> dictionary) { _dictionary = dictionary; _version = dictionary._version; _index = 0; _currentValue = default; }
                public void Dispose() { }
                public bool MoveNext()
                {
                    if (_version != _dictionary._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                    while ((uint)_index < (uint)_dictionary._count)
                    {
                        int i = _index++;
                        if (_dictionary._entries[i].next >= -1) { _currentValue = _dictionary._entries[i].value; return true; }
                    }
                    _index = _dictionary._count + 1;
                    _currentValue = default;
                    return false;
                }
                public TValue Current => _currentValue;
                object System.Collections.IEnumerator.Current => _currentValue;
                void System.Collections.IEnumerator.Reset() { _index = 0; _currentValue = default; }
            }
        }
    }
}
