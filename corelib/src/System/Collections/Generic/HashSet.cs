namespace System.Collections.Generic
{
    public class HashSet<T> : ISet<T>, IReadOnlySet<T>, ICollection<T>, IReadOnlyCollection<T>
    {
        private struct Entry { public int HashCode; public int Next; public T Value; }
        private const int StartOfFreeList = -3;
        private int[] _buckets;
        private Entry[] _entries;
        private int _count;
        private int _freeList;
        private int _freeCount;
        private int _version;
        private IEqualityComparer<T> _comparer;
        private bool _defaultKeys; // _comparer is the default one: items go through DefaultKeys (see there)

        public HashSet() : this((IEqualityComparer<T>)null) { }
        public HashSet(IEqualityComparer<T> comparer) { _comparer = comparer ?? EqualityComparer<T>.Default; _defaultKeys = DefaultKeys.Fits(_comparer); }
        public HashSet(int capacity) : this(capacity, null) { }
        public HashSet(int capacity, IEqualityComparer<T> comparer) : this(comparer) { if (capacity > 0) Initialize(capacity); }
        public HashSet(IEnumerable<T> collection) : this(collection, null) { }
        public HashSet(IEnumerable<T> collection, IEqualityComparer<T> comparer) : this(comparer)
        {
            if (collection == null) throw new ArgumentNullException(nameof(collection));
            if (collection is HashSet<T> other && other._comparer.Equals(_comparer))
            {
                if (other.Count == 0) return;
                int capacity = other._buckets.Length;
                int threshold = HashHelpers.ExpandPrime(other.Count + 1);
                if (threshold >= capacity)
                {
                    _buckets = (int[])other._buckets.Clone();
                    _entries = (Entry[])other._entries.Clone();
                    _freeList = other._freeList;
                    _freeCount = other._freeCount;
                    _count = other._count;
                }
                else
                {
                    Initialize(other.Count);
                    for (int i = 0; i < other._count; i++) if (other._entries[i].Next >= -1) AddIfNotPresent(other._entries[i].Value);
                }
                return;
            }
            if (collection is ICollection<T> c && c.Count > 0) Initialize(c.Count);
            UnionWith(collection);
        }

        public IEqualityComparer<T> Comparer => _comparer;
        public int Count => _count - _freeCount;
        public int Capacity => _entries == null ? 0 : _entries.Length;
        bool ICollection<T>.IsReadOnly => false;

        private int Initialize(int capacity)
        {
            int size = HashHelpers.GetPrime(capacity);
            _buckets = new int[size];
            _entries = new Entry[size];
            _freeList = -1;
            _freeCount = 0;
            return size;
        }
        private int Hash(T item) => item == null ? 0 : _defaultKeys ? DefaultKeys.Hash(item) : _comparer.GetHashCode(item);
        private int FindItemIndex(T item)
        {
            if (_buckets == null) return -1;
            int hashCode = Hash(item);
            int i = _buckets[(int)((uint)hashCode % (uint)_buckets.Length)] - 1;
            while (i >= 0)
            {
                if (_entries[i].HashCode == hashCode && (_defaultKeys ? DefaultKeys.Equal(_entries[i].Value, item) : _comparer.Equals(_entries[i].Value, item))) return i;
                i = _entries[i].Next;
            }
            return -1;
        }
        public bool Contains(T item) => FindItemIndex(item) >= 0;
        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = FindItemIndex(equalValue);
            if (i >= 0) { actualValue = _entries[i].Value; return true; }
            actualValue = default;
            return false;
        }
        public bool Add(T item) => AddIfNotPresent(item);
        void ICollection<T>.Add(T item) => AddIfNotPresent(item);
        private bool AddIfNotPresent(T value)
        {
            if (_buckets == null) Initialize(0);
            int hashCode = Hash(value);
            int bucket = (int)((uint)hashCode % (uint)_buckets.Length);
            int i = _buckets[bucket] - 1;
            while (i >= 0)
            {
                if (_entries[i].HashCode == hashCode && (_defaultKeys ? DefaultKeys.Equal(_entries[i].Value, value) : _comparer.Equals(_entries[i].Value, value))) return false;
                i = _entries[i].Next;
            }
            int index;
            if (_freeCount > 0)
            {
                index = _freeList;
                _freeCount--;
                _freeList = StartOfFreeList - _entries[_freeList].Next;
            }
            else
            {
                int count = _count;
                if (count == _entries.Length)
                {
                    Resize(HashHelpers.ExpandPrime(count));
                    bucket = (int)((uint)hashCode % (uint)_buckets.Length);
                }
                index = count;
                _count = count + 1;
            }
            _entries[index].HashCode = hashCode;
            _entries[index].Next = _buckets[bucket] - 1;
            _entries[index].Value = value;
            _buckets[bucket] = index + 1;
            _version++;
            return true;
        }
        private void Resize(int newSize)
        {
            var entries = new Entry[newSize];
            int count = _count;
            Array.Copy(_entries, entries, count);
            _buckets = new int[newSize];
            for (int i = 0; i < count; i++)
            {
                if (entries[i].Next >= -1)
                {
                    int bucket = (int)((uint)entries[i].HashCode % (uint)newSize);
                    entries[i].Next = _buckets[bucket] - 1;
                    _buckets[bucket] = i + 1;
                }
            }
            _entries = entries;
        }
        public bool Remove(T item)
        {
            if (_buckets == null) return false;
            int hashCode = Hash(item);
            int bucket = (int)((uint)hashCode % (uint)_buckets.Length);
            int last = -1;
            int i = _buckets[bucket] - 1;
            while (i >= 0)
            {
                if (_entries[i].HashCode == hashCode && (_defaultKeys ? DefaultKeys.Equal(_entries[i].Value, item) : _comparer.Equals(_entries[i].Value, item)))
                {
                    if (last < 0) _buckets[bucket] = _entries[i].Next + 1;
                    else _entries[last].Next = _entries[i].Next;
                    _entries[i].Next = StartOfFreeList - _freeList;
                    _entries[i].Value = default;
                    _freeList = i;
                    _freeCount++;
                    return true;
                }
                last = i;
                i = _entries[i].Next;
            }
            return false;
        }
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
        public int RemoveWhere(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException(nameof(match));
            int removed = 0;
            for (int i = 0; i < _count; i++)
            {
                if (_entries[i].Next >= -1)
                {
                    T v = _entries[i].Value;
                    if (match(v) && Remove(v)) removed++;
                }
            }
            return removed;
        }
        public void CopyTo(T[] array) => CopyTo(array, 0, Count);
        public void CopyTo(T[] array, int arrayIndex) => CopyTo(array, arrayIndex, Count);
        public void CopyTo(T[] array, int arrayIndex, int count)
        {
            if (array == null) throw new ArgumentNullException(nameof(array));
            for (int i = 0; i < _count && count != 0; i++)
                if (_entries[i].Next >= -1) { array[arrayIndex++] = _entries[i].Value; count--; }
        }
        public int EnsureCapacity(int capacity)
        {
            int cur = _entries == null ? 0 : _entries.Length;
            if (cur >= capacity) return cur;
            if (_buckets == null) return Initialize(capacity);
            int n = HashHelpers.GetPrime(capacity);
            Resize(n);
            return n;
        }
        public void TrimExcess() { }

        public void UnionWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException(nameof(other));
            foreach (T item in other) AddIfNotPresent(item);
        }
        public void IntersectWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException(nameof(other));
            if (Count == 0 || other == this) return;
            var keep = other as HashSet<T>;
            if (keep == null || !keep._comparer.Equals(_comparer))
            {
                keep = new HashSet<T>(_comparer);
                foreach (T item in other) if (Contains(item)) keep.Add(item);
            }
            for (int i = 0; i < _count; i++)
            {
                if (_entries[i].Next >= -1)
                {
                    T v = _entries[i].Value;
                    if (!keep.Contains(v)) Remove(v);
                }
            }
        }
        public void ExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException(nameof(other));
            if (Count == 0) return;
            if (other == this) { Clear(); return; }
            foreach (T item in other) Remove(item);
        }
        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException(nameof(other));
            if (Count == 0) { UnionWith(other); return; }
            if (other == this) { Clear(); return; }
            if (other is HashSet<T> otherSet && otherSet._comparer.Equals(_comparer))
            {
                foreach (T item in otherSet) if (!Remove(item)) AddIfNotPresent(item);
                return;
            }
            // As .NET: add what is missing first, then remove the matches, so that slots freed by
            // the removals are not reused by this call's additions (enumeration order).
            int originalCount = _count;
            var toRemove = new bool[originalCount];
            var addedFromOther = new bool[originalCount];
            foreach (T item in other)
            {
                bool added = AddIfNotPresent(item);
                int location = FindItemIndex(item);
                if (added) { if (location < originalCount) addedFromOther[location] = true; }
                else if (location < originalCount && !addedFromOther[location]) toRemove[location] = true;
            }
            for (int i = 0; i < originalCount; i++) if (toRemove[i]) Remove(_entries[i].Value);
        }
        public bool IsSubsetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException(nameof(other));
            var o = new HashSet<T>(other, _comparer);
            foreach (T item in this) if (!o.Contains(item)) return false;
            return true;
        }
        public bool IsProperSubsetOf(IEnumerable<T> other)
        {
            var o = new HashSet<T>(other, _comparer);
            return o.Count > Count && IsSubsetOf(o);
        }
        public bool IsSupersetOf(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException(nameof(other));
            foreach (T item in other) if (!Contains(item)) return false;
            return true;
        }
        public bool IsProperSupersetOf(IEnumerable<T> other)
        {
            var o = new HashSet<T>(other, _comparer);
            return Count > o.Count && IsSupersetOf(o);
        }
        public bool Overlaps(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException(nameof(other));
            if (Count == 0) return false;
            foreach (T item in other) if (Contains(item)) return true;
            return false;
        }
        public bool SetEquals(IEnumerable<T> other)
        {
            if (other == null) throw new ArgumentNullException(nameof(other));
            var o = new HashSet<T>(other, _comparer);
            if (o.Count != Count) return false;
            foreach (T item in o) if (!Contains(item)) return false;
            return true;
        }

        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(this);

        public struct Enumerator : IEnumerator<T>
        {
            private readonly HashSet<T> _hashSet;
            private readonly int _version;
            private int _index;
            private T _current;
            internal Enumerator(HashSet<T> hashSet) { _hashSet = hashSet; _version = hashSet._version; _index = 0; _current = default; }
            public bool MoveNext()
            {
                if (_version != _hashSet._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                while ((uint)_index < (uint)_hashSet._count)
                {
                    int i = _index++;
                    if (_hashSet._entries[i].Next >= -1) { _current = _hashSet._entries[i].Value; return true; }
                }
                _index = _hashSet._count + 1;
                _current = default;
                return false;
            }
            public T Current => _current;
            public void Dispose() { }
            object System.Collections.IEnumerator.Current => _current;
            void System.Collections.IEnumerator.Reset() { _index = 0; _current = default; }
        }
    }
}
