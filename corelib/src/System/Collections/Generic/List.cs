namespace System.Collections.Generic
{
    public class List<T> : IList<T>, IReadOnlyList<T>, System.Collections.IList
    {
        internal T[] _items;
        internal int _size;
        internal int _version;

        public List() { _items = EmptyArray<T>.Value; }
        public List(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
            _items = capacity == 0 ? EmptyArray<T>.Value : new T[capacity];
        }
        public List(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException(nameof(collection));
            if (collection is ICollection<T> c)
            {
                int n = c.Count;
                if (n == 0) _items = EmptyArray<T>.Value;
                else { _items = new T[n]; c.CopyTo(_items, 0); _size = n; }
            }
            else
            {
                _items = EmptyArray<T>.Value;
                foreach (T item in collection) Add(item);
            }
        }

        public int Capacity
        {
            get => _items.Length;
            set
            {
                if (value < _size) throw new ArgumentOutOfRangeException(nameof(value), "capacity was less than the current size.");
                if (value == _items.Length) return;
                if (value > 0)
                {
                    T[] n = new T[value];
                    if (_size > 0) Array.Copy(_items, n, _size);
                    _items = n;
                }
                else _items = EmptyArray<T>.Value;
            }
        }
        public int Count => _size;
        bool ICollection<T>.IsReadOnly => false;
        bool System.Collections.IList.IsReadOnly => false;
        bool System.Collections.IList.IsFixedSize => false;
        bool System.Collections.ICollection.IsSynchronized => false;
        object System.Collections.ICollection.SyncRoot => this;

        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_size) ThrowIndex();
                return _items[index];
            }
            set
            {
                if ((uint)index >= (uint)_size) ThrowIndex();
                _items[index] = value;
                _version++;
            }
        }
        private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index", "Index was out of range. Must be non-negative and less than the size of the collection.");
        object System.Collections.IList.this[int index] { get => this[index]; set => this[index] = (T)value; }

        public void Add(T item)
        {
            _version++;
            if (_size == _items.Length) Grow(_size + 1);
            _items[_size++] = item;
        }
        int System.Collections.IList.Add(object item) { Add((T)item); return _size - 1; }
        internal void Grow(int capacity)
        {
            int n = _items.Length == 0 ? 4 : 2 * _items.Length;
            if ((uint)n > 0x7FFFFFC7) n = 0x7FFFFFC7;
            if (n < capacity) n = capacity;
            Capacity = n;
        }
        public int EnsureCapacity(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
            if (_items.Length < capacity) Grow(capacity);
            return _items.Length;
        }
        public void AddRange(IEnumerable<T> collection) => InsertRange(_size, collection);
        public System.Collections.ObjectModel.ReadOnlyCollection<T> AsReadOnly() => new System.Collections.ObjectModel.ReadOnlyCollection<T>(this);
        public int BinarySearch(int index, int count, T item, IComparer<T> comparer)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count), "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            return Array.BinarySearch(_items, index, count, item, comparer);
        }
        public int BinarySearch(T item) => BinarySearch(0, _size, item, null);
        public int BinarySearch(T item, IComparer<T> comparer) => BinarySearch(0, _size, item, comparer);
        public void Clear()
        {
            _version++;
            if (_size > 0) Array.Clear(_items, 0, _size);
            _size = 0;
        }
        public bool Contains(T item) => _size != 0 && IndexOf(item) >= 0;
        bool System.Collections.IList.Contains(object item) => item is T t ? Contains(t) : item == null && default(T) == null && Contains(default);
        public List<TOutput> ConvertAll<TOutput>(Converter<T, TOutput> converter)
        {
            if (converter == null) throw new ArgumentNullException(nameof(converter));
            var list = new List<TOutput>(_size);
            for (int i = 0; i < _size; i++) list._items[i] = converter(_items[i]);
            list._size = _size;
            return list;
        }
        public void CopyTo(T[] array) => CopyTo(array, 0);
        public void CopyTo(T[] array, int arrayIndex) => Array.Copy(_items, 0, array, arrayIndex, _size);
        public void CopyTo(int index, T[] array, int arrayIndex, int count)
        {
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            Array.Copy(_items, index, array, arrayIndex, count);
        }
        void System.Collections.ICollection.CopyTo(Array array, int index) => Array.Copy(_items, 0, array, index, _size);
        public bool Exists(Predicate<T> match) => FindIndex(match) != -1;
        public T Find(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = 0; i < _size; i++) if (match(_items[i])) return _items[i];
            return default;
        }
        public List<T> FindAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException(nameof(match));
            var list = new List<T>();
            for (int i = 0; i < _size; i++) if (match(_items[i])) list.Add(_items[i]);
            return list;
        }
        public int FindIndex(Predicate<T> match) => FindIndex(0, _size, match);
        public int FindIndex(int startIndex, Predicate<T> match) => FindIndex(startIndex, _size - startIndex, match);
        public int FindIndex(int startIndex, int count, Predicate<T> match)
        {
            if ((uint)startIndex > (uint)_size) throw new ArgumentOutOfRangeException(nameof(startIndex), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (count < 0 || startIndex > _size - count) throw new ArgumentOutOfRangeException(nameof(count), "Count must be positive and count must refer to a location within the string/array/collection.");
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = startIndex; i < startIndex + count; i++) if (match(_items[i])) return i;
            return -1;
        }
        public T FindLast(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = _size - 1; i >= 0; i--) if (match(_items[i])) return _items[i];
            return default;
        }
        public int FindLastIndex(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = _size - 1; i >= 0; i--) if (match(_items[i])) return i;
            return -1;
        }
        public void ForEach(Action<T> action)
        {
            if (action == null) throw new ArgumentNullException(nameof(action));
            int version = _version;
            for (int i = 0; i < _size; i++)
            {
                if (version != _version) break;
                action(_items[i]);
            }
            if (version != _version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
        }
        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(this);
        public List<T> GetRange(int index, int count)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count), "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            var list = new List<T>(count);
            Array.Copy(_items, index, list._items, 0, count);
            list._size = count;
            return list;
        }
        public List<T> Slice(int start, int length) => GetRange(start, length);
        public int IndexOf(T item) => Array.IndexOf(_items, item, 0, _size);
        public int IndexOf(T item, int index)
        {
            if (index > _size) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            return Array.IndexOf(_items, item, index, _size - index);
        }
        public int IndexOf(T item, int index, int count) => Array.IndexOf(_items, item, index, count);
        int System.Collections.IList.IndexOf(object item) => item is T t ? IndexOf(t) : -1;
        public void Insert(int index, T item)
        {
            if ((uint)index > (uint)_size) throw new ArgumentOutOfRangeException(nameof(index), "Index must be within the bounds of the List.");
            if (_size == _items.Length) Grow(_size + 1);
            if (index < _size) Array.Copy(_items, index, _items, index + 1, _size - index);
            _items[index] = item;
            _size++;
            _version++;
        }
        void System.Collections.IList.Insert(int index, object item) => Insert(index, (T)item);
        public void InsertRange(int index, IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException(nameof(collection));
            if ((uint)index > (uint)_size) throw new ArgumentOutOfRangeException(nameof(index), "Index was out of range. Must be non-negative and less than or equal to the size of the collection.");
            if (collection is ICollection<T> c)
            {
                int count = c.Count;
                if (count > 0)
                {
                    if (_items.Length - _size < count) Grow(_size + count);
                    if (index < _size) Array.Copy(_items, index, _items, index + count, _size - index);
                    if (this == c)
                    {
                        Array.Copy(_items, 0, _items, index, index);
                        Array.Copy(_items, index + count, _items, index * 2, _size - index);
                    }
                    else
                    {
                        T[] tmp = new T[count];
                        c.CopyTo(tmp, 0);
                        Array.Copy(tmp, 0, _items, index, count);
                    }
                    _size += count;
                    _version++;
                }
            }
            else
            {
                foreach (T item in collection) Insert(index++, item);
            }
        }
        public int LastIndexOf(T item)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = _size - 1; i >= 0; i--) if (c.Equals(_items[i], item)) return i;
            return -1;
        }
        public bool Remove(T item)
        {
            int index = IndexOf(item);
            if (index >= 0) { RemoveAt(index); return true; }
            return false;
        }
        void System.Collections.IList.Remove(object item) { if (item is T t) Remove(t); }
        public int RemoveAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException(nameof(match));
            int free = 0;
            while (free < _size && !match(_items[free])) free++;
            if (free >= _size) return 0;
            int current = free + 1;
            while (current < _size)
            {
                while (current < _size && match(_items[current])) current++;
                if (current < _size) _items[free++] = _items[current++];
            }
            Array.Clear(_items, free, _size - free);
            int result = _size - free;
            _size = free;
            _version++;
            return result;
        }
        public void RemoveAt(int index)
        {
            if ((uint)index >= (uint)_size) ThrowIndex();
            _size--;
            if (index < _size) Array.Copy(_items, index + 1, _items, index, _size - index);
            _items[_size] = default;
            _version++;
        }
        public void RemoveRange(int index, int count)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count), "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count > 0)
            {
                _size -= count;
                if (index < _size) Array.Copy(_items, index + count, _items, index, _size - index);
                Array.Clear(_items, _size, count);
                _version++;
            }
        }
        public void Reverse() => Reverse(0, _size);
        public void Reverse(int index, int count)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count), "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count > 1) Array.Reverse(_items, index, count);
            _version++;
        }
        public void Sort() => Sort(0, _size, null);
        public void Sort(IComparer<T> comparer) => Sort(0, _size, comparer);
        public void Sort(int index, int count, IComparer<T> comparer)
        {
            if (index < 0 || count < 0) throw new ArgumentOutOfRangeException(index < 0 ? nameof(index) : nameof(count), "Non-negative number required.");
            if (_size - index < count) throw new ArgumentException("Offset and length were out of bounds for the array or count is greater than the number of elements from index to the end of the source collection.");
            if (count > 1) ArraySortHelper<T>.Sort(_items, index, count, comparer);
            _version++;
        }
        public void Sort(Comparison<T> comparison)
        {
            if (comparison == null) throw new ArgumentNullException(nameof(comparison));
            if (_size > 1) ArraySortHelper<T>.Sort(_items, 0, _size, comparison);
            _version++;
        }
        public T[] ToArray()
        {
            if (_size == 0) return EmptyArray<T>.Value;
            T[] a = new T[_size];
            Array.Copy(_items, a, _size);
            return a;
        }
        public void TrimExcess()
        {
            int threshold = (int)(_items.Length * 0.9);
            if (_size < threshold) Capacity = _size;
        }
        public bool TrueForAll(Predicate<T> match)
        {
            if (match == null) throw new ArgumentNullException(nameof(match));
            for (int i = 0; i < _size; i++) if (!match(_items[i])) return false;
            return true;
        }

        public struct Enumerator : IEnumerator<T>
        {
            private readonly List<T> _list;
            private int _index;
            private readonly int _version;
            private T _current;
            internal Enumerator(List<T> list) { _list = list; _index = 0; _version = list._version; _current = default; }
            public void Dispose() { }
            public bool MoveNext()
            {
                List<T> l = _list;
                if (_version == l._version && (uint)_index < (uint)l._size)
                {
                    _current = l._items[_index];
                    _index++;
                    return true;
                }
                if (_version != _list._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = _list._size + 1;
                _current = default;
                return false;
            }
            public T Current => _current;
            object System.Collections.IEnumerator.Current
            {
                get
                {
                    if (_index == 0 || _index == _list._size + 1) throw new InvalidOperationException("Enumeration has either not started or has already finished.");
                    return _current;
                }
            }
            void System.Collections.IEnumerator.Reset()
            {
                if (_version != _list._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                _index = 0;
                _current = default;
            }
        }
    }
}

namespace System.Collections.ObjectModel
{
    using System.Collections.Generic;
    public class ReadOnlyCollection<T> : IList<T>, IReadOnlyList<T>, System.Collections.IList
    {
        private readonly IList<T> list;
        public ReadOnlyCollection(IList<T> list) { if (list == null) throw new ArgumentNullException(nameof(list)); this.list = list; }
        public static ReadOnlyCollection<T> Empty { get; } = new ReadOnlyCollection<T>(new T[0]);
        public int Count => list.Count;
        public T this[int index] => list[index];
        T IList<T>.this[int index] { get => list[index]; set => throw new NotSupportedException("Collection is read-only."); }
        object System.Collections.IList.this[int index] { get => list[index]; set => throw new NotSupportedException("Collection is read-only."); }
        public bool Contains(T value) => list.Contains(value);
        public void CopyTo(T[] array, int index) => list.CopyTo(array, index);
        public IEnumerator<T> GetEnumerator() => list.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => list.GetEnumerator();
        public int IndexOf(T value) => list.IndexOf(value);
        protected IList<T> Items => list;
        bool ICollection<T>.IsReadOnly => true;
        bool System.Collections.IList.IsReadOnly => true;
        bool System.Collections.IList.IsFixedSize => true;
        bool System.Collections.ICollection.IsSynchronized => false;
        object System.Collections.ICollection.SyncRoot => this;
        void ICollection<T>.Add(T value) => throw new NotSupportedException("Collection is read-only.");
        void ICollection<T>.Clear() => throw new NotSupportedException("Collection is read-only.");
        void IList<T>.Insert(int index, T value) => throw new NotSupportedException("Collection is read-only.");
        bool ICollection<T>.Remove(T value) => throw new NotSupportedException("Collection is read-only.");
        void IList<T>.RemoveAt(int index) => throw new NotSupportedException("Collection is read-only.");
        int System.Collections.IList.Add(object value) => throw new NotSupportedException("Collection is read-only.");
        void System.Collections.IList.Clear() => throw new NotSupportedException("Collection is read-only.");
        bool System.Collections.IList.Contains(object value) => value is T t && Contains(t);
        int System.Collections.IList.IndexOf(object value) => value is T t ? IndexOf(t) : -1;
        void System.Collections.IList.Insert(int index, object value) => throw new NotSupportedException("Collection is read-only.");
        void System.Collections.IList.Remove(object value) => throw new NotSupportedException("Collection is read-only.");
        void System.Collections.IList.RemoveAt(int index) => throw new NotSupportedException("Collection is read-only.");
        void System.Collections.ICollection.CopyTo(Array array, int index) { for (int i = 0; i < list.Count; i++) array.SetValue(list[i], index + i); }
    }

    public class Collection<T> : IList<T>, IReadOnlyList<T>
    {
        private readonly IList<T> items;
        public Collection() { items = new List<T>(); }
        public Collection(IList<T> list) { items = list; }
        public int Count => items.Count;
        protected IList<T> Items => items;
        public T this[int index] { get => items[index]; set => SetItem(index, value); }
        public void Add(T item) => InsertItem(items.Count, item);
        public void Clear() => ClearItems();
        public bool Contains(T item) => items.Contains(item);
        public void CopyTo(T[] array, int index) => items.CopyTo(array, index);
        public IEnumerator<T> GetEnumerator() => items.GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => items.GetEnumerator();
        public int IndexOf(T item) => items.IndexOf(item);
        public void Insert(int index, T item) => InsertItem(index, item);
        public bool Remove(T item) { int i = items.IndexOf(item); if (i < 0) return false; RemoveItem(i); return true; }
        public void RemoveAt(int index) => RemoveItem(index);
        bool ICollection<T>.IsReadOnly => items.IsReadOnly;
        protected virtual void ClearItems() => items.Clear();
        protected virtual void InsertItem(int index, T item) => items.Insert(index, item);
        protected virtual void RemoveItem(int index) => items.RemoveAt(index);
        protected virtual void SetItem(int index, T item) => items[index] = item;
    }
}
