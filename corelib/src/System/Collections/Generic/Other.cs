namespace System.Collections.Generic
{
    public class Queue<T> : IEnumerable<T>, IReadOnlyCollection<T>, System.Collections.ICollection
    {
        private T[] _array;
        private int _head, _tail, _size, _version;
        public Queue() { _array = EmptyArray<T>.Value; }
        public Queue(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
            _array = new T[capacity];
        }
        public Queue(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException(nameof(collection));
            _array = EmptyArray<T>.Value;
            foreach (T item in collection) Enqueue(item);
        }
        public int Count => _size;
        bool System.Collections.ICollection.IsSynchronized => false;
        object System.Collections.ICollection.SyncRoot => this;
        public void Clear()
        {
            if (_size != 0) { Array.Clear(_array); _size = 0; }
            _head = 0; _tail = 0; _version++;
        }
        public void Enqueue(T item)
        {
            if (_size == _array.Length)
            {
                int n = 2 * _array.Length;
                if (n < _array.Length + 4) n = _array.Length + 4;
                SetCapacity(n);
            }
            _array[_tail] = item;
            _tail = (_tail + 1) % _array.Length;
            _size++;
            _version++;
        }
        private void SetCapacity(int capacity)
        {
            T[] n = new T[capacity];
            if (_size > 0)
            {
                if (_head < _tail) Array.Copy(_array, _head, n, 0, _size);
                else
                {
                    Array.Copy(_array, _head, n, 0, _array.Length - _head);
                    Array.Copy(_array, 0, n, _array.Length - _head, _tail);
                }
            }
            _array = n;
            _head = 0;
            _tail = _size == capacity ? 0 : _size;
            _version++;
        }
        public T Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            T r = _array[_head];
            _array[_head] = default;
            _head = (_head + 1) % _array.Length;
            _size--;
            _version++;
            return r;
        }
        public bool TryDequeue(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = Dequeue();
            return true;
        }
        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            return _array[_head];
        }
        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = _array[_head];
            return true;
        }
        public bool Contains(T item)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = 0; i < _size; i++) if (c.Equals(_array[(_head + i) % _array.Length], item)) return true;
            return false;
        }
        public T[] ToArray()
        {
            T[] r = new T[_size];
            for (int i = 0; i < _size; i++) r[i] = _array[(_head + i) % _array.Length];
            return r;
        }
        public void CopyTo(T[] array, int arrayIndex) { for (int i = 0; i < _size; i++) array[arrayIndex + i] = _array[(_head + i) % _array.Length]; }
        void System.Collections.ICollection.CopyTo(Array array, int index) { for (int i = 0; i < _size; i++) array.SetValue(_array[(_head + i) % _array.Length], index + i); }
        public void TrimExcess() { if (_size < (int)(_array.Length * 0.9)) SetCapacity(_size); }
        public int EnsureCapacity(int capacity) { if (_array.Length < capacity) SetCapacity(Math.Max(capacity, 2 * _array.Length)); return _array.Length; }
        internal T GetAt(int i) => _array[(_head + i) % _array.Length];
        internal int Version => _version;
        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(this);
        public struct Enumerator : IEnumerator<T>
        {
            private readonly Queue<T> _q; private readonly int _version; private int _index; private T _current;
            internal Enumerator(Queue<T> q) { _q = q; _version = q._version; _index = -1; _current = default; }
            public void Dispose() { _index = -2; _current = default; }
            public bool MoveNext()
            {
                if (_version != _q._version) throw new InvalidOperationException("Collection was modified; enumeration operation may not execute.");
                if (_index == -2) return false;
                _index++;
                if (_index == _q._size) { _index = -2; _current = default; return false; }
                _current = _q.GetAt(_index);
                return true;
            }
            public T Current
            {
                get
                {
                    if (_index < 0) throw new InvalidOperationException(_index == -1 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                    return _current;
                }
            }
            object System.Collections.IEnumerator.Current => Current;
            void System.Collections.IEnumerator.Reset() { _index = -1; _current = default; }
        }
    }

    public class Stack<T> : IEnumerable<T>, IReadOnlyCollection<T>, System.Collections.ICollection
    {
        private T[] _array;
        private int _size, _version;
        public Stack() { _array = EmptyArray<T>.Value; }
        public Stack(int capacity)
        {
            if (capacity < 0) throw new ArgumentOutOfRangeException(nameof(capacity), "Non-negative number required.");
            _array = new T[capacity];
        }
        public Stack(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException(nameof(collection));
            _array = EmptyArray<T>.Value;
            foreach (T item in collection) Push(item);
        }
        public int Count => _size;
        bool System.Collections.ICollection.IsSynchronized => false;
        object System.Collections.ICollection.SyncRoot => this;
        public void Clear() { Array.Clear(_array, 0, _size); _size = 0; _version++; }
        public bool Contains(T item)
        {
            var c = EqualityComparer<T>.Default;
            for (int i = _size - 1; i >= 0; i--) if (c.Equals(_array[i], item)) return true;
            return false;
        }
        public T Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Stack empty.");
            return _array[_size - 1];
        }
        public bool TryPeek(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = _array[_size - 1];
            return true;
        }
        public T Pop()
        {
            if (_size == 0) throw new InvalidOperationException("Stack empty.");
            _version++;
            T item = _array[--_size];
            _array[_size] = default;
            return item;
        }
        public bool TryPop(out T result)
        {
            if (_size == 0) { result = default; return false; }
            result = Pop();
            return true;
        }
        public void Push(T item)
        {
            if (_size == _array.Length)
            {
                T[] n = new T[_array.Length == 0 ? 4 : 2 * _array.Length];
                Array.Copy(_array, n, _size);
                _array = n;
            }
            _array[_size++] = item;
            _version++;
        }
        public T[] ToArray()
        {
            T[] r = new T[_size];
            for (int i = 0; i < _size; i++) r[i] = _array[_size - 1 - i];
            return r;
        }
        public void CopyTo(T[] array, int arrayIndex) { for (int i = 0; i < _size; i++) array[arrayIndex + i] = _array[_size - 1 - i]; }
        void System.Collections.ICollection.CopyTo(Array array, int index) { for (int i = 0; i < _size; i++) array.SetValue(_array[_size - 1 - i], index + i); }
        public void TrimExcess() { }
        public int EnsureCapacity(int capacity) { if (_array.Length < capacity) Array.Resize(ref _array, capacity); return _array.Length; }
        internal T GetAt(int i) => _array[i];
        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(this);
        public struct Enumerator : IEnumerator<T>
        {
            private readonly Stack<T> _stack; private readonly int _version; private int _index; private T _current;
            internal Enumerator(Stack<T> stack) { _stack = stack; _version = stack._version; _index = -2; _current = default; }
            public void Dispose() { _index = -1; }
            public bool MoveNext()
            {
                if (_version != _stack._version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                if (_index == -2) { _index = _stack._size - 1; if (_index >= 0) { _current = _stack._array[_index]; return true; } return false; }
                if (_index == -1) return false;
                if (--_index >= 0) { _current = _stack._array[_index]; return true; }
                _current = default;
                return false;
            }
            public T Current
            {
                get
                {
                    if (_index < 0) throw new InvalidOperationException(_index == -2 ? "Enumeration has not started. Call MoveNext." : "Enumeration already finished.");
                    return _current;
                }
            }
            object System.Collections.IEnumerator.Current => Current;
            void System.Collections.IEnumerator.Reset() { _index = -2; _current = default; }
        }
    }

    public sealed class LinkedListNode<T>
    {
        internal LinkedList<T> list;
        internal LinkedListNode<T> next;
        internal LinkedListNode<T> prev;
        internal T item;
        public LinkedListNode(T value) { item = value; }
        internal LinkedListNode(LinkedList<T> list, T value) { this.list = list; item = value; }
        public LinkedList<T> List => list;
        public LinkedListNode<T> Next => next == null || next == list.head ? null : next;
        public LinkedListNode<T> Previous => prev == null || this == list.head ? null : prev;
        public T Value { get => item; set => item = value; }
        public ref T ValueRef => ref item;
        internal void Invalidate() { list = null; next = null; prev = null; }
    }

    public class LinkedList<T> : ICollection<T>, IReadOnlyCollection<T>, System.Collections.ICollection
    {
        internal LinkedListNode<T> head;
        internal int count;
        internal int version;
        public LinkedList() { }
        public LinkedList(IEnumerable<T> collection)
        {
            if (collection == null) throw new ArgumentNullException(nameof(collection));
            foreach (T item in collection) AddLast(item);
        }
        public int Count => count;
        public LinkedListNode<T> First => head;
        public LinkedListNode<T> Last => head?.prev;
        bool ICollection<T>.IsReadOnly => false;
        bool System.Collections.ICollection.IsSynchronized => false;
        object System.Collections.ICollection.SyncRoot => this;
        void ICollection<T>.Add(T value) => AddLast(value);
        private void ValidateNode(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException(nameof(node));
            if (node.list != this) throw new InvalidOperationException("The LinkedList node does not belong to current LinkedList.");
        }
        private void ValidateNewNode(LinkedListNode<T> node)
        {
            if (node == null) throw new ArgumentNullException(nameof(node));
            if (node.list != null) throw new InvalidOperationException("The LinkedList node already belongs to a LinkedList.");
        }
        public LinkedListNode<T> AddAfter(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            var n = new LinkedListNode<T>(node.list, value);
            InsertNodeBefore(node.next, n);
            return n;
        }
        public void AddAfter(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node); ValidateNewNode(newNode);
            InsertNodeBefore(node.next, newNode);
            newNode.list = this;
        }
        public LinkedListNode<T> AddBefore(LinkedListNode<T> node, T value)
        {
            ValidateNode(node);
            var n = new LinkedListNode<T>(node.list, value);
            InsertNodeBefore(node, n);
            if (node == head) head = n;
            return n;
        }
        public void AddBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            ValidateNode(node); ValidateNewNode(newNode);
            InsertNodeBefore(node, newNode);
            newNode.list = this;
            if (node == head) head = newNode;
        }
        public LinkedListNode<T> AddFirst(T value)
        {
            var n = new LinkedListNode<T>(this, value);
            if (head == null) InsertNodeToEmptyList(n);
            else { InsertNodeBefore(head, n); head = n; }
            return n;
        }
        public void AddFirst(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            if (head == null) InsertNodeToEmptyList(node);
            else { InsertNodeBefore(head, node); head = node; }
            node.list = this;
        }
        public LinkedListNode<T> AddLast(T value)
        {
            var n = new LinkedListNode<T>(this, value);
            if (head == null) InsertNodeToEmptyList(n);
            else InsertNodeBefore(head, n);
            return n;
        }
        public void AddLast(LinkedListNode<T> node)
        {
            ValidateNewNode(node);
            if (head == null) InsertNodeToEmptyList(node);
            else InsertNodeBefore(head, node);
            node.list = this;
        }
        public void Clear()
        {
            var current = head;
            while (current != null)
            {
                var temp = current;
                current = current.Next;
                temp.Invalidate();
            }
            head = null;
            count = 0;
            version++;
        }
        public bool Contains(T value) => Find(value) != null;
        public void CopyTo(T[] array, int index)
        {
            var node = head;
            if (node != null) do { array[index++] = node.item; node = node.next; } while (node != head);
        }
        void System.Collections.ICollection.CopyTo(Array array, int index)
        {
            var node = head;
            if (node != null) do { array.SetValue(node.item, index++); node = node.next; } while (node != head);
        }
        public LinkedListNode<T> Find(T value)
        {
            var node = head;
            var c = EqualityComparer<T>.Default;
            if (node != null)
            {
                do
                {
                    if (c.Equals(node.item, value)) return node;
                    node = node.next;
                } while (node != head);
            }
            return null;
        }
        public LinkedListNode<T> FindLast(T value)
        {
            if (head == null) return null;
            var last = head.prev;
            var node = last;
            var c = EqualityComparer<T>.Default;
            do
            {
                if (c.Equals(node.item, value)) return node;
                node = node.prev;
            } while (node != last);
            return null;
        }
        public bool Remove(T value)
        {
            var node = Find(value);
            if (node != null) { InternalRemoveNode(node); return true; }
            return false;
        }
        public void Remove(LinkedListNode<T> node) { ValidateNode(node); InternalRemoveNode(node); }
        public void RemoveFirst()
        {
            if (head == null) throw new InvalidOperationException("The LinkedList is empty.");
            InternalRemoveNode(head);
        }
        public void RemoveLast()
        {
            if (head == null) throw new InvalidOperationException("The LinkedList is empty.");
            InternalRemoveNode(head.prev);
        }
        private void InsertNodeBefore(LinkedListNode<T> node, LinkedListNode<T> newNode)
        {
            newNode.next = node;
            newNode.prev = node.prev;
            node.prev.next = newNode;
            node.prev = newNode;
            version++;
            count++;
        }
        private void InsertNodeToEmptyList(LinkedListNode<T> newNode)
        {
            newNode.next = newNode;
            newNode.prev = newNode;
            head = newNode;
            version++;
            count++;
        }
        internal void InternalRemoveNode(LinkedListNode<T> node)
        {
            if (node.next == node) head = null;
            else
            {
                node.next.prev = node.prev;
                node.prev.next = node.next;
                if (head == node) head = node.next;
            }
            node.Invalidate();
            count--;
            version++;
        }
        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(this);
        public struct Enumerator : IEnumerator<T>
        {
            private readonly LinkedList<T> _list; private LinkedListNode<T> _node; private readonly int _version; private T _current; private int _index;
            internal Enumerator(LinkedList<T> list) { _list = list; _version = list.version; _node = list.head; _current = default; _index = 0; }
            public T Current => _current;
            object System.Collections.IEnumerator.Current => _current;
            public bool MoveNext()
            {
                if (_version != _list.version) throw new InvalidOperationException("Collection was modified after the enumerator was instantiated.");
                if (_node == null) { _index = _list.count + 1; return false; }
                ++_index;
                _current = _node.item;
                _node = _node.next;
                if (_node == _list.head) _node = null;
                return true;
            }
            void System.Collections.IEnumerator.Reset() { _current = default; _node = _list.head; _index = 0; }
            public void Dispose() { }
        }
    }

    public class PriorityQueue<TElement, TPriority>
    {
        private (TElement Element, TPriority Priority)[] _nodes;
        private readonly IComparer<TPriority> _comparer;
        private int _size;
        private int _version;
        public PriorityQueue() : this((IComparer<TPriority>)null) { }
        public PriorityQueue(int initialCapacity) : this(initialCapacity, null) { }
        public PriorityQueue(IComparer<TPriority> comparer) { _nodes = new (TElement, TPriority)[0]; _comparer = comparer ?? Comparer<TPriority>.Default; }
        public PriorityQueue(int initialCapacity, IComparer<TPriority> comparer) { _nodes = new (TElement, TPriority)[initialCapacity]; _comparer = comparer ?? Comparer<TPriority>.Default; }
        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items) : this(items, null) { }
        public PriorityQueue(IEnumerable<(TElement Element, TPriority Priority)> items, IComparer<TPriority> comparer) : this(comparer)
        {
            foreach (var it in items) Enqueue(it.Element, it.Priority);
        }
        public int Count => _size;
        public IComparer<TPriority> Comparer => _comparer;
        public void Enqueue(TElement element, TPriority priority)
        {
            int size = _size;
            _version++;
            if (_nodes.Length == size)
            {
                int n = 2 * _nodes.Length;
                if (n < _nodes.Length + 4) n = _nodes.Length + 4;
                Array.Resize(ref _nodes, n);
            }
            _size = size + 1;
            MoveUp((element, priority), size);
        }
        public void EnqueueRange(IEnumerable<(TElement Element, TPriority Priority)> items) { foreach (var it in items) Enqueue(it.Element, it.Priority); }
        public void EnqueueRange(IEnumerable<TElement> elements, TPriority priority) { foreach (var e in elements) Enqueue(e, priority); }
        public TElement Peek()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            return _nodes[0].Element;
        }
        public TElement Dequeue()
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            TElement e = _nodes[0].Element;
            RemoveRootNode();
            return e;
        }
        public TElement EnqueueDequeue(TElement element, TPriority priority)
        {
            if (_size != 0)
            {
                var root = _nodes[0];
                if (_comparer.Compare(priority, root.Priority) > 0)
                {
                    MoveDown((element, priority), 0);
                    _version++;
                    return root.Element;
                }
            }
            return element;
        }
        public TElement DequeueEnqueue(TElement element, TPriority priority)
        {
            if (_size == 0) throw new InvalidOperationException("Queue empty.");
            var root = _nodes[0];
            if (_comparer.Compare(priority, root.Priority) > 0) MoveDown((element, priority), 0);
            else _nodes[0] = (element, priority);
            _version++;
            return root.Element;
        }
        public bool TryDequeue(out TElement element, out TPriority priority)
        {
            if (_size != 0)
            {
                (element, priority) = _nodes[0];
                RemoveRootNode();
                return true;
            }
            element = default; priority = default;
            return false;
        }
        public bool TryPeek(out TElement element, out TPriority priority)
        {
            if (_size != 0) { (element, priority) = _nodes[0]; return true; }
            element = default; priority = default;
            return false;
        }
        public void Clear() { Array.Clear(_nodes, 0, _size); _size = 0; _version++; }
        private void RemoveRootNode()
        {
            int lastNodeIndex = --_size;
            _version++;
            if (lastNodeIndex > 0)
            {
                var lastNode = _nodes[lastNodeIndex];
                MoveDown(lastNode, 0);
            }
            _nodes[lastNodeIndex] = default;
        }
        private void MoveUp((TElement Element, TPriority Priority) node, int nodeIndex)
        {
            var nodes = _nodes;
            while (nodeIndex > 0)
            {
                int parentIndex = (nodeIndex - 1) >> 2;
                var parent = nodes[parentIndex];
                if (_comparer.Compare(node.Priority, parent.Priority) < 0)
                {
                    nodes[nodeIndex] = parent;
                    nodeIndex = parentIndex;
                }
                else break;
            }
            nodes[nodeIndex] = node;
        }
        private void MoveDown((TElement Element, TPriority Priority) node, int nodeIndex)
        {
            var nodes = _nodes;
            int size = _size;
            int i;
            while ((i = (nodeIndex << 2) + 1) < size)
            {
                var minChild = nodes[i];
                int minChildIndex = i;
                int upper = Math.Min(i + 4, size);
                while (++i < upper)
                {
                    var next = nodes[i];
                    if (_comparer.Compare(next.Priority, minChild.Priority) < 0) { minChild = next; minChildIndex = i; }
                }
                if (_comparer.Compare(node.Priority, minChild.Priority) <= 0) break;
                nodes[nodeIndex] = minChild;
                nodeIndex = minChildIndex;
            }
            nodes[nodeIndex] = node;
        }
    }

    /// <summary>Sorted set on a sorted array (binary search); enumeration is in comparer order.</summary>
    public class SortedSet<T> : ISet<T>, IReadOnlySet<T>, ICollection<T>, IReadOnlyCollection<T>
    {
        internal List<T> _items = new List<T>();
        private readonly IComparer<T> _comparer;
        public SortedSet() : this((IComparer<T>)null) { }
        public SortedSet(IComparer<T> comparer) { _comparer = comparer ?? Comparer<T>.Default; }
        public SortedSet(IEnumerable<T> collection) : this(collection, null) { }
        public SortedSet(IEnumerable<T> collection, IComparer<T> comparer) : this(comparer) { foreach (T item in collection) Add(item); }
        public IComparer<T> Comparer => _comparer;
        public int Count => _items.Count;
        bool ICollection<T>.IsReadOnly => false;
        public T Min => _items.Count == 0 ? default : _items[0];
        public T Max => _items.Count == 0 ? default : _items[_items.Count - 1];
        private int Find(T item) => _items.BinarySearch(item, _comparer);
        public bool Add(T item)
        {
            int i = Find(item);
            if (i >= 0) return false;
            _items.Insert(~i, item);
            return true;
        }
        void ICollection<T>.Add(T item) => Add(item);
        public bool Remove(T item)
        {
            int i = Find(item);
            if (i < 0) return false;
            _items.RemoveAt(i);
            return true;
        }
        public int RemoveWhere(Predicate<T> match) => _items.RemoveAll(match);
        public void Clear() => _items.Clear();
        public bool Contains(T item) => Find(item) >= 0;
        public bool TryGetValue(T equalValue, out T actualValue)
        {
            int i = Find(equalValue);
            if (i >= 0) { actualValue = _items[i]; return true; }
            actualValue = default;
            return false;
        }
        public void CopyTo(T[] array) => _items.CopyTo(array, 0);
        public void CopyTo(T[] array, int index) => _items.CopyTo(array, index);
        public IEnumerable<T> Reverse() { for (int i = _items.Count - 1; i >= 0; i--) yield return _items[i]; }
        public virtual SortedSet<T> GetViewBetween(T lowerValue, T upperValue)
        {
            if (_comparer.Compare(lowerValue, upperValue) > 0) throw new ArgumentException("Must be less than or equal to upperValue.", nameof(lowerValue));
            var s = new SortedSet<T>(_comparer);
            foreach (T item in _items) if (_comparer.Compare(item, lowerValue) >= 0 && _comparer.Compare(item, upperValue) <= 0) s._items.Add(item);
            return s;
        }
        public void UnionWith(IEnumerable<T> other) { foreach (T item in other) Add(item); }
        public void IntersectWith(IEnumerable<T> other)
        {
            var o = new SortedSet<T>(other, _comparer);
            _items.RemoveAll(x => !o.Contains(x));
        }
        public void ExceptWith(IEnumerable<T> other) { foreach (T item in other) Remove(item); }
        public void SymmetricExceptWith(IEnumerable<T> other)
        {
            var o = new SortedSet<T>(other, _comparer);
            foreach (T item in o) if (!Remove(item)) Add(item);
        }
        public bool IsSubsetOf(IEnumerable<T> other)
        {
            var o = new SortedSet<T>(other, _comparer);
            foreach (T item in _items) if (!o.Contains(item)) return false;
            return true;
        }
        public bool IsProperSubsetOf(IEnumerable<T> other) { var o = new SortedSet<T>(other, _comparer); return o.Count > Count && IsSubsetOf(o); }
        public bool IsSupersetOf(IEnumerable<T> other) { foreach (T item in other) if (!Contains(item)) return false; return true; }
        public bool IsProperSupersetOf(IEnumerable<T> other) { var o = new SortedSet<T>(other, _comparer); return Count > o.Count && IsSupersetOf(o); }
        public bool Overlaps(IEnumerable<T> other) { foreach (T item in other) if (Contains(item)) return true; return false; }
        public bool SetEquals(IEnumerable<T> other)
        {
            var o = new SortedSet<T>(other, _comparer);
            if (o.Count != Count) return false;
            foreach (T item in o) if (!Contains(item)) return false;
            return true;
        }
        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<T> IEnumerable<T>.GetEnumerator() => new Enumerator(this);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(this);
        public struct Enumerator : IEnumerator<T>
        {
            private List<T>.Enumerator _e;
            internal Enumerator(SortedSet<T> s) { _e = s._items.GetEnumerator(); }
            public T Current => _e.Current;
            object System.Collections.IEnumerator.Current => _e.Current;
            public bool MoveNext() => _e.MoveNext();
            public void Dispose() { }
            void System.Collections.IEnumerator.Reset() { ((System.Collections.IEnumerator)_e).Reset(); }
        }
    }

    /// <summary>Sorted map on parallel sorted arrays.</summary>
    public class SortedList<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        internal readonly List<TKey> _keys = new List<TKey>();
        internal readonly List<TValue> _values = new List<TValue>();
        private readonly IComparer<TKey> _comparer;
        public SortedList() : this((IComparer<TKey>)null) { }
        public SortedList(int capacity) : this((IComparer<TKey>)null) { }
        public SortedList(IComparer<TKey> comparer) { _comparer = comparer ?? Comparer<TKey>.Default; }
        public SortedList(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public SortedList(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer) { foreach (var kv in dictionary) Add(kv.Key, kv.Value); }
        public IComparer<TKey> Comparer => _comparer;
        public int Count => _keys.Count;
        public int Capacity { get => _keys.Capacity; set { } }
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        public IList<TKey> Keys => _keys.AsReadOnly();
        public IList<TValue> Values => new ValueList(this);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => _keys.AsReadOnly();
        ICollection<TValue> IDictionary<TKey, TValue>.Values => new ValueList(this);
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => _keys.AsReadOnly();
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => new ValueList(this);
        private sealed class ValueList : IList<TValue>
        {
            private readonly SortedList<TKey, TValue> _s;
            public ValueList(SortedList<TKey, TValue> s) { _s = s; }
            public TValue this[int index] { get => _s._values[index]; set => _s._values[index] = value; }
            public int Count => _s._values.Count;
            public bool IsReadOnly => true;
            public void Add(TValue item) => throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            public void Clear() => throw new NotSupportedException("This operation is not supported on SortedList nested types because they require modifying the original SortedList.");
            public bool Contains(TValue item) => _s._values.Contains(item);
            public void CopyTo(TValue[] array, int arrayIndex) => _s._values.CopyTo(array, arrayIndex);
            public IEnumerator<TValue> GetEnumerator() => _s._values.GetEnumerator();
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => _s._values.GetEnumerator();
            public int IndexOf(TValue item) => _s._values.IndexOf(item);
            public void Insert(int index, TValue item) => throw new NotSupportedException();
            public bool Remove(TValue item) => throw new NotSupportedException();
            public void RemoveAt(int index) => throw new NotSupportedException();
        }
        public TValue this[TKey key]
        {
            get
            {
                int i = IndexOfKey(key);
                if (i >= 0) return _values[i];
                throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
            }
            set
            {
                if (key == null) throw new ArgumentNullException(nameof(key));
                int i = _keys.BinarySearch(key, _comparer);
                if (i >= 0) { _values[i] = value; return; }
                _keys.Insert(~i, key);
                _values.Insert(~i, value);
            }
        }
        public void Add(TKey key, TValue value)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            int i = _keys.BinarySearch(key, _comparer);
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + key.ToString(), nameof(key));
            _keys.Insert(~i, key);
            _values.Insert(~i, value);
        }
        public bool TryAdd(TKey key, TValue value)
        {
            int i = _keys.BinarySearch(key, _comparer);
            if (i >= 0) return false;
            _keys.Insert(~i, key);
            _values.Insert(~i, value);
            return true;
        }
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> kv) => Add(kv.Key, kv.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> kv) { int i = IndexOfKey(kv.Key); return i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], kv.Value); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> kv) => Remove(kv.Key);
        void ICollection<KeyValuePair<TKey, TValue>>.CopyTo(KeyValuePair<TKey, TValue>[] array, int index) { for (int i = 0; i < Count; i++) array[index + i] = new KeyValuePair<TKey, TValue>(_keys[i], _values[i]); }
        public void Clear() { _keys.Clear(); _values.Clear(); }
        public bool ContainsKey(TKey key) => IndexOfKey(key) >= 0;
        public bool ContainsValue(TValue value) => _values.Contains(value);
        public int IndexOfKey(TKey key)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            int i = _keys.BinarySearch(key, _comparer);
            return i >= 0 ? i : -1;
        }
        public int IndexOfValue(TValue value) => _values.IndexOf(value);
        public TKey GetKeyAtIndex(int index) => _keys[index];
        public TValue GetValueAtIndex(int index) => _values[index];
        public void SetValueAtIndex(int index, TValue value) => _values[index] = value;
        public bool Remove(TKey key)
        {
            int i = IndexOfKey(key);
            if (i < 0) return false;
            RemoveAt(i);
            return true;
        }
        public void RemoveAt(int index) { _keys.RemoveAt(index); _values.RemoveAt(index); }
        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0) { value = _values[i]; return true; }
            value = default;
            return false;
        }
        public void TrimExcess() { }
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator()
        {
            for (int i = 0; i < _keys.Count; i++) yield return new KeyValuePair<TKey, TValue>(_keys[i], _values[i]);
        }
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Sorted dictionary (on sorted arrays; .NET uses a red-black tree: only the order is observable).</summary>
    public class SortedDictionary<TKey, TValue> : IDictionary<TKey, TValue>, IReadOnlyDictionary<TKey, TValue>
    {
        internal readonly List<TKey> _keys = new List<TKey>();
        internal readonly List<TValue> _values = new List<TValue>();
        private readonly IComparer<TKey> _comparer;
        private KeyCollection _keyCollection;
        private ValueCollection _valueCollection;
        public SortedDictionary() : this((IComparer<TKey>)null) { }
        public SortedDictionary(IComparer<TKey> comparer) { _comparer = comparer ?? Comparer<TKey>.Default; }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary) : this(dictionary, null) { }
        public SortedDictionary(IDictionary<TKey, TValue> dictionary, IComparer<TKey> comparer) : this(comparer) { foreach (var kv in dictionary) Add(kv.Key, kv.Value); }
        public IComparer<TKey> Comparer => _comparer;
        public int Count => _keys.Count;
        bool ICollection<KeyValuePair<TKey, TValue>>.IsReadOnly => false;
        public KeyCollection Keys => _keyCollection ??= new KeyCollection(this);
        public ValueCollection Values => _valueCollection ??= new ValueCollection(this);
        ICollection<TKey> IDictionary<TKey, TValue>.Keys => Keys;
        ICollection<TValue> IDictionary<TKey, TValue>.Values => Values;
        IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Keys;
        IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Values;
        private int IndexOfKey(TKey key)
        {
            if (key == null) throw new ArgumentNullException(nameof(key));
            return _keys.BinarySearch(key, _comparer);
        }
        public TValue this[TKey key]
        {
            get
            {
                int i = IndexOfKey(key);
                if (i >= 0) return _values[i];
                throw new KeyNotFoundException("The given key '" + key.ToString() + "' was not present in the dictionary.");
            }
            set
            {
                int i = IndexOfKey(key);
                if (i >= 0) { _values[i] = value; return; }
                _keys.Insert(~i, key);
                _values.Insert(~i, value);
            }
        }
        public void Add(TKey key, TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0) throw new ArgumentException("An item with the same key has already been added. Key: " + new KeyValuePair<TKey, TValue>(key, value).ToString());
            _keys.Insert(~i, key);
            _values.Insert(~i, value);
        }
        public bool TryAdd(TKey key, TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0) return false;
            _keys.Insert(~i, key);
            _values.Insert(~i, value);
            return true;
        }
        void ICollection<KeyValuePair<TKey, TValue>>.Add(KeyValuePair<TKey, TValue> kv) => Add(kv.Key, kv.Value);
        bool ICollection<KeyValuePair<TKey, TValue>>.Contains(KeyValuePair<TKey, TValue> kv) { int i = IndexOfKey(kv.Key); return i >= 0 && EqualityComparer<TValue>.Default.Equals(_values[i], kv.Value); }
        bool ICollection<KeyValuePair<TKey, TValue>>.Remove(KeyValuePair<TKey, TValue> kv) => Remove(kv.Key);
        public void CopyTo(KeyValuePair<TKey, TValue>[] array, int index) { for (int i = 0; i < Count; i++) array[index + i] = new KeyValuePair<TKey, TValue>(_keys[i], _values[i]); }
        public void Clear() { _keys.Clear(); _values.Clear(); }
        public bool ContainsKey(TKey key) => IndexOfKey(key) >= 0;
        public bool ContainsValue(TValue value) => _values.Contains(value);
        public bool Remove(TKey key)
        {
            int i = IndexOfKey(key);
            if (i < 0) return false;
            _keys.RemoveAt(i);
            _values.RemoveAt(i);
            return true;
        }
        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0) { value = _values[i]; return true; }
            value = default;
            return false;
        }
        public Enumerator GetEnumerator() => new Enumerator(this);
        IEnumerator<KeyValuePair<TKey, TValue>> IEnumerable<KeyValuePair<TKey, TValue>>.GetEnumerator() => new Enumerator(this);
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(this);
        public struct Enumerator : IEnumerator<KeyValuePair<TKey, TValue>>
        {
            private readonly SortedDictionary<TKey, TValue> _d; private int _i; private KeyValuePair<TKey, TValue> _current;
            internal Enumerator(SortedDictionary<TKey, TValue> d) { _d = d; _i = 0; _current = default; }
            public bool MoveNext()
            {
                if (_i < _d._keys.Count) { _current = new KeyValuePair<TKey, TValue>(_d._keys[_i], _d._values[_i]); _i++; return true; }
                _current = default;
                return false;
            }
            public KeyValuePair<TKey, TValue> Current => _current;
            object System.Collections.IEnumerator.Current => _current;
            public void Dispose() { }
            void System.Collections.IEnumerator.Reset() { _i = 0; }
        }
        public sealed class KeyCollection : ICollection<TKey>, IReadOnlyCollection<TKey>
        {
            private readonly SortedDictionary<TKey, TValue> _d;
            public KeyCollection(SortedDictionary<TKey, TValue> dictionary) { _d = dictionary; }
            public int Count => _d.Count;
            bool ICollection<TKey>.IsReadOnly => true;
            void ICollection<TKey>.Add(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            void ICollection<TKey>.Clear() => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            bool ICollection<TKey>.Contains(TKey item) => _d.ContainsKey(item);
            bool ICollection<TKey>.Remove(TKey item) => throw new NotSupportedException("Mutating a key collection derived from a dictionary is not allowed.");
            public void CopyTo(TKey[] array, int index) => _d._keys.CopyTo(array, index);
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TKey> IEnumerable<TKey>.GetEnumerator() => new Enumerator(_d);
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(_d);
            public struct Enumerator : IEnumerator<TKey>
            {
                private List<TKey>.Enumerator _e;
                internal Enumerator(SortedDictionary<TKey, TValue> d) { _e = d._keys.GetEnumerator(); }
                public TKey Current => _e.Current;
                object System.Collections.IEnumerator.Current => _e.Current;
                public bool MoveNext() => _e.MoveNext();
                public void Dispose() { }
                void System.Collections.IEnumerator.Reset() { }
            }
        }
        public sealed class ValueCollection : ICollection<TValue>, IReadOnlyCollection<TValue>
        {
            private readonly SortedDictionary<TKey, TValue> _d;
            public ValueCollection(SortedDictionary<TKey, TValue> dictionary) { _d = dictionary; }
            public int Count => _d.Count;
            bool ICollection<TValue>.IsReadOnly => true;
            void ICollection<TValue>.Add(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            void ICollection<TValue>.Clear() => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            bool ICollection<TValue>.Contains(TValue item) => _d.ContainsValue(item);
            bool ICollection<TValue>.Remove(TValue item) => throw new NotSupportedException("Mutating a value collection derived from a dictionary is not allowed.");
            public void CopyTo(TValue[] array, int index) => _d._values.CopyTo(array, index);
            public Enumerator GetEnumerator() => new Enumerator(_d);
            IEnumerator<TValue> IEnumerable<TValue>.GetEnumerator() => new Enumerator(_d);
            System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => new Enumerator(_d);
            public struct Enumerator : IEnumerator<TValue>
            {
                private List<TValue>.Enumerator _e;
                internal Enumerator(SortedDictionary<TKey, TValue> d) { _e = d._values.GetEnumerator(); }
                public TValue Current => _e.Current;
                object System.Collections.IEnumerator.Current => _e.Current;
                public bool MoveNext() => _e.MoveNext();
                public void Dispose() { }
                void System.Collections.IEnumerator.Reset() { }
            }
        }
    }
}

namespace System.Collections
{
    public class ArrayList : IList
    {
        private readonly System.Collections.Generic.List<object> _list = new System.Collections.Generic.List<object>();
        public ArrayList() { }
        public ArrayList(int capacity) { }
        public ArrayList(ICollection c) { foreach (object o in c) _list.Add(o); }
        public virtual object this[int index] { get => _list[index]; set => _list[index] = value; }
        public virtual int Count => _list.Count;
        public virtual bool IsReadOnly => false;
        public virtual bool IsFixedSize => false;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => this;
        public virtual int Add(object value) { _list.Add(value); return _list.Count - 1; }
        public virtual void AddRange(ICollection c) { foreach (object o in c) _list.Add(o); }
        public virtual void Clear() => _list.Clear();
        public virtual bool Contains(object item) => _list.Contains(item);
        public virtual void CopyTo(Array array, int arrayIndex) { for (int i = 0; i < _list.Count; i++) array.SetValue(_list[i], arrayIndex + i); }
        public virtual IEnumerator GetEnumerator() => _list.GetEnumerator();
        public virtual int IndexOf(object value) => _list.IndexOf(value);
        public virtual void Insert(int index, object value) => _list.Insert(index, value);
        public virtual void Remove(object obj) => _list.Remove(obj);
        public virtual void RemoveAt(int index) => _list.RemoveAt(index);
        public virtual void Reverse() => _list.Reverse();
        public virtual void Sort() => _list.Sort(new ObjComparer());
        public virtual object[] ToArray() => _list.ToArray();
        private sealed class ObjComparer : System.Collections.Generic.IComparer<object>
        {
            public int Compare(object a, object b) => Comparer.Default.Compare(a, b);
        }
    }
    public sealed class Comparer : IComparer
    {
        public static readonly Comparer Default = new Comparer();
        public static readonly Comparer DefaultInvariant = Default;
        public int Compare(object a, object b)
        {
            if (a == b) return 0;
            if (a == null) return -1;
            if (b == null) return 1;
            if (a is string sa && b is string sb) return string.Compare(sa, sb);
            if (a is IComparable ia) return ia.CompareTo(b);
            if (b is IComparable ib) return -ib.CompareTo(a);
            throw new ArgumentException("At least one object must implement IComparable.");
        }
    }
    public class Hashtable : IDictionary
    {
        private readonly System.Collections.Generic.Dictionary<object, object> _d = new System.Collections.Generic.Dictionary<object, object>();
        public Hashtable() { }
        public virtual object this[object key] { get { _d.TryGetValue(key, out object v); return v; } set => _d[key] = value; }
        public virtual ICollection Keys => _d.Keys;
        public virtual ICollection Values => _d.Values;
        public virtual bool IsReadOnly => false;
        public virtual bool IsFixedSize => false;
        public virtual int Count => _d.Count;
        public virtual bool IsSynchronized => false;
        public virtual object SyncRoot => this;
        public virtual void Add(object key, object value) => _d.Add(key, value);
        public virtual void Clear() => _d.Clear();
        public virtual bool Contains(object key) => _d.ContainsKey(key);
        public virtual bool ContainsKey(object key) => _d.ContainsKey(key);
        public virtual void CopyTo(Array array, int arrayIndex) => ((ICollection)_d).CopyTo(array, arrayIndex);
        public virtual IDictionaryEnumerator GetEnumerator() => ((IDictionary)_d).GetEnumerator();
        IEnumerator IEnumerable.GetEnumerator() => ((IDictionary)_d).GetEnumerator();
        public virtual void Remove(object key) => _d.Remove(key);
    }
}
