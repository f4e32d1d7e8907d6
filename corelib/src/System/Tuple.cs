using System.Collections.Generic;
namespace System.Runtime.CompilerServices
{
    public interface ITuple { int Length { get; } object this[int index] { get; } }
}
namespace System
{
    internal interface IValueTupleInternal { string ToStringEnd(); }
    public struct ValueTuple : IEquatable<ValueTuple>, IComparable, IComparable<ValueTuple>, System.Runtime.CompilerServices.ITuple, IValueTupleInternal
    {
        public override bool Equals(object obj) => obj is ValueTuple;
        public bool Equals(ValueTuple other) => true;
        public int CompareTo(ValueTuple other) => 0;
        public int CompareTo(object other) => 0;
        public override int GetHashCode() => 0;
        public override string ToString() => "()";
        string IValueTupleInternal.ToStringEnd() => ")";
        int System.Runtime.CompilerServices.ITuple.Length => 0;
        object System.Runtime.CompilerServices.ITuple.this[int index] => throw new IndexOutOfRangeException();
        public static ValueTuple Create() => default;
        public static ValueTuple<T1> Create<T1>(T1 item1) => new ValueTuple<T1>(item1);
        public static (T1, T2) Create<T1, T2>(T1 item1, T2 item2) => (item1, item2);
        public static (T1, T2, T3) Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => (item1, item2, item3);
        public static (T1, T2, T3, T4) Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => (item1, item2, item3, item4);
        public static (T1, T2, T3, T4, T5) Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) => (item1, item2, item3, item4, item5);
        public static (T1, T2, T3, T4, T5, T6) Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) => (item1, item2, item3, item4, item5, item6);
        public static (T1, T2, T3, T4, T5, T6, T7) Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) => (item1, item2, item3, item4, item5, item6, item7);
        public static ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8) => new ValueTuple<T1, T2, T3, T4, T5, T6, T7, ValueTuple<T8>>(item1, item2, item3, item4, item5, item6, item7, new ValueTuple<T8>(item8));
        internal static int Combine(int h1, int h2) => ((h1 << 5) + h1) ^ h2;
        internal static int H<T>(T v) => v == null ? 0 : v.GetHashCode();
        internal static string S<T>(T v) => v == null ? "" : v.ToString();
    }
    public static class Tuple
    {
        public static Tuple<T1> Create<T1>(T1 item1) => new Tuple<T1>(item1);
        public static Tuple<T1, T2> Create<T1, T2>(T1 item1, T2 item2) => new Tuple<T1, T2>(item1, item2);
        public static Tuple<T1, T2, T3> Create<T1, T2, T3>(T1 item1, T2 item2, T3 item3) => new Tuple<T1, T2, T3>(item1, item2, item3);
        public static Tuple<T1, T2, T3, T4> Create<T1, T2, T3, T4>(T1 item1, T2 item2, T3 item3, T4 item4) => new Tuple<T1, T2, T3, T4>(item1, item2, item3, item4);
        public static Tuple<T1, T2, T3, T4, T5> Create<T1, T2, T3, T4, T5>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) => new Tuple<T1, T2, T3, T4, T5>(item1, item2, item3, item4, item5);
        public static Tuple<T1, T2, T3, T4, T5, T6> Create<T1, T2, T3, T4, T5, T6>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) => new Tuple<T1, T2, T3, T4, T5, T6>(item1, item2, item3, item4, item5, item6);
        public static Tuple<T1, T2, T3, T4, T5, T6, T7> Create<T1, T2, T3, T4, T5, T6, T7>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) => new Tuple<T1, T2, T3, T4, T5, T6, T7>(item1, item2, item3, item4, item5, item6, item7);
        public static Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>> Create<T1, T2, T3, T4, T5, T6, T7, T8>(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, T8 item8) => new Tuple<T1, T2, T3, T4, T5, T6, T7, Tuple<T8>>(item1, item2, item3, item4, item5, item6, item7, new Tuple<T8>(item8));
    }

    public struct ValueTuple<T1> : IEquatable<ValueTuple<T1>>, IComparable, IComparable<ValueTuple<T1>>, System.Runtime.CompilerServices.ITuple, IValueTupleInternal
    {
        public T1 Item1;
        public ValueTuple(T1 item1) { Item1 = item1; }
        public override bool Equals(object obj) => obj is ValueTuple<T1> other && Equals(other);
        public bool Equals(ValueTuple<T1> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1);
        public int CompareTo(ValueTuple<T1> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            return 0;
        }
        public int CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1> o)) throw new ArgumentException("Argument must be of type ValueTuple.", nameof(other));
            return CompareTo(o);
        }
        public override int GetHashCode() => ValueTuple.H(Item1);
        public override string ToString() => "(" + ValueTuple.S(Item1) + ")";
        string IValueTupleInternal.ToStringEnd() => ValueTuple.S(Item1) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 1;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public class Tuple<T1> : IComparable, System.Runtime.CompilerServices.ITuple
    {
        public T1 Item1 { get; }
        public Tuple(T1 item1) { Item1 = item1; }
        public override bool Equals(object obj) => obj is Tuple<T1> other && EqualityComparer<T1>.Default.Equals(Item1, other.Item1);
        public override int GetHashCode() => ValueTuple.H(Item1);
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            var other = (Tuple<T1>)obj;
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            return 0;
        }
        public override string ToString() => "(" + ValueTuple.S(Item1) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 1;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2> : IEquatable<ValueTuple<T1, T2>>, IComparable, IComparable<ValueTuple<T1, T2>>, System.Runtime.CompilerServices.ITuple, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public ValueTuple(T1 item1, T2 item2) { Item1 = item1; Item2 = item2; }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        public int CompareTo(ValueTuple<T1, T2> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            return 0;
        }
        public int CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2> o)) throw new ArgumentException("Argument must be of type ValueTuple.", nameof(other));
            return CompareTo(o);
        }
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2));
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ")";
        string IValueTupleInternal.ToStringEnd() => ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 2;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public class Tuple<T1, T2> : IComparable, System.Runtime.CompilerServices.ITuple
    {
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public Tuple(T1 item1, T2 item2) { Item1 = item1; Item2 = item2; }
        public override bool Equals(object obj) => obj is Tuple<T1, T2> other && EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2);
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2));
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            var other = (Tuple<T1, T2>)obj;
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            return 0;
        }
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 2;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3> : IEquatable<ValueTuple<T1, T2, T3>>, IComparable, IComparable<ValueTuple<T1, T2, T3>>, System.Runtime.CompilerServices.ITuple, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public ValueTuple(T1 item1, T2 item2, T3 item3) { Item1 = item1; Item2 = item2; Item3 = item3; }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        public int CompareTo(ValueTuple<T1, T2, T3> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            return 0;
        }
        public int CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3> o)) throw new ArgumentException("Argument must be of type ValueTuple.", nameof(other));
            return CompareTo(o);
        }
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3));
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ")";
        string IValueTupleInternal.ToStringEnd() => ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 3;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public class Tuple<T1, T2, T3> : IComparable, System.Runtime.CompilerServices.ITuple
    {
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public T3 Item3 { get; }
        public Tuple(T1 item1, T2 item2, T3 item3) { Item1 = item1; Item2 = item2; Item3 = item3; }
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3> other && EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3);
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3));
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            var other = (Tuple<T1, T2, T3>)obj;
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            return 0;
        }
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 3;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4> : IEquatable<ValueTuple<T1, T2, T3, T4>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4>>, System.Runtime.CompilerServices.ITuple, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        public int CompareTo(ValueTuple<T1, T2, T3, T4> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            return 0;
        }
        public int CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4> o)) throw new ArgumentException("Argument must be of type ValueTuple.", nameof(other));
            return CompareTo(o);
        }
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4));
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ")";
        string IValueTupleInternal.ToStringEnd() => ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 4;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public class Tuple<T1, T2, T3, T4> : IComparable, System.Runtime.CompilerServices.ITuple
    {
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public T3 Item3 { get; }
        public T4 Item4 { get; }
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; }
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4> other && EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4);
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4));
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            var other = (Tuple<T1, T2, T3, T4>)obj;
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            return 0;
        }
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 4;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5> : IEquatable<ValueTuple<T1, T2, T3, T4, T5>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5>>, System.Runtime.CompilerServices.ITuple, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            return 0;
        }
        public int CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5> o)) throw new ArgumentException("Argument must be of type ValueTuple.", nameof(other));
            return CompareTo(o);
        }
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4)), ValueTuple.H(Item5));
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ")";
        string IValueTupleInternal.ToStringEnd() => ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 5;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5> : IComparable, System.Runtime.CompilerServices.ITuple
    {
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public T3 Item3 { get; }
        public T4 Item4 { get; }
        public T5 Item5 { get; }
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; }
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4, T5> other && EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5);
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4)), ValueTuple.H(Item5));
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            var other = (Tuple<T1, T2, T3, T4, T5>)obj;
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            return 0;
        }
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 5;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6>>, System.Runtime.CompilerServices.ITuple, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; Item6 = item6; }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            return 0;
        }
        public int CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6> o)) throw new ArgumentException("Argument must be of type ValueTuple.", nameof(other));
            return CompareTo(o);
        }
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4)), ValueTuple.H(Item5)), ValueTuple.H(Item6));
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ", " + ValueTuple.S(Item6) + ")";
        string IValueTupleInternal.ToStringEnd() => ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ", " + ValueTuple.S(Item6) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 6;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5, T6> : IComparable, System.Runtime.CompilerServices.ITuple
    {
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public T3 Item3 { get; }
        public T4 Item4 { get; }
        public T5 Item5 { get; }
        public T6 Item6 { get; }
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; Item6 = item6; }
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4, T5, T6> other && EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6);
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4)), ValueTuple.H(Item5)), ValueTuple.H(Item6));
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            var other = (Tuple<T1, T2, T3, T4, T5, T6>)obj;
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            return 0;
        }
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ", " + ValueTuple.S(Item6) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 6;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7>>, System.Runtime.CompilerServices.ITuple, IValueTupleInternal
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; Item6 = item6; Item7 = item7; }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7); if (c != 0) return c;
            return 0;
        }
        public int CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7> o)) throw new ArgumentException("Argument must be of type ValueTuple.", nameof(other));
            return CompareTo(o);
        }
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4)), ValueTuple.H(Item5)), ValueTuple.H(Item6)), ValueTuple.H(Item7));
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ", " + ValueTuple.S(Item6) + ", " + ValueTuple.S(Item7) + ")";
        string IValueTupleInternal.ToStringEnd() => ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ", " + ValueTuple.S(Item6) + ", " + ValueTuple.S(Item7) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 7;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    case 6: return Item7;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5, T6, T7> : IComparable, System.Runtime.CompilerServices.ITuple
    {
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public T3 Item3 { get; }
        public T4 Item4 { get; }
        public T5 Item5 { get; }
        public T6 Item6 { get; }
        public T7 Item7 { get; }
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; Item6 = item6; Item7 = item7; }
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4, T5, T6, T7> other && EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7);
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4)), ValueTuple.H(Item5)), ValueTuple.H(Item6)), ValueTuple.H(Item7));
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            var other = (Tuple<T1, T2, T3, T4, T5, T6, T7>)obj;
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7); if (c != 0) return c;
            return 0;
        }
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ", " + ValueTuple.S(Item6) + ", " + ValueTuple.S(Item7) + ")";
        int System.Runtime.CompilerServices.ITuple.Length => 7;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    case 6: return Item7;
                    default: throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public struct ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IEquatable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, IComparable, IComparable<ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest>>, System.Runtime.CompilerServices.ITuple, IValueTupleInternal where TRest : struct
    {
        public T1 Item1;
        public T2 Item2;
        public T3 Item3;
        public T4 Item4;
        public T5 Item5;
        public T6 Item6;
        public T7 Item7;
        public TRest Rest;
        public ValueTuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; Item6 = item6; Item7 = item7; Rest = rest; }
        public override bool Equals(object obj) => obj is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other && Equals(other);
        public bool Equals(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other) => EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7) && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);
        public int CompareTo(ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> other)
        {
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7); if (c != 0) return c;
            c = Comparer<TRest>.Default.Compare(Rest, other.Rest); if (c != 0) return c;
            return 0;
        }
        public int CompareTo(object other)
        {
            if (other == null) return 1;
            if (!(other is ValueTuple<T1, T2, T3, T4, T5, T6, T7, TRest> o)) throw new ArgumentException("Argument must be of type ValueTuple.", nameof(other));
            return CompareTo(o);
        }
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4)), ValueTuple.H(Item5)), ValueTuple.H(Item6)), ValueTuple.H(Item7)), ValueTuple.H(Rest));
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ", " + ValueTuple.S(Item6) + ", " + ValueTuple.S(Item7) + ", " + ((IValueTupleInternal)Rest).ToStringEnd();
        string IValueTupleInternal.ToStringEnd() => ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ", " + ValueTuple.S(Item6) + ", " + ValueTuple.S(Item7) + ", " + ((IValueTupleInternal)Rest).ToStringEnd();
        int System.Runtime.CompilerServices.ITuple.Length => Rest is System.Runtime.CompilerServices.ITuple r ? 7 + r.Length : 8;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    case 6: return Item7;
                    default:
                        if (Rest is System.Runtime.CompilerServices.ITuple r) return r[index - 7];
                        if (index == 7) return Rest;
                        throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public class Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> : IComparable, System.Runtime.CompilerServices.ITuple
    {
        public T1 Item1 { get; }
        public T2 Item2 { get; }
        public T3 Item3 { get; }
        public T4 Item4 { get; }
        public T5 Item5 { get; }
        public T6 Item6 { get; }
        public T7 Item7 { get; }
        public TRest Rest { get; }
        public Tuple(T1 item1, T2 item2, T3 item3, T4 item4, T5 item5, T6 item6, T7 item7, TRest rest) { Item1 = item1; Item2 = item2; Item3 = item3; Item4 = item4; Item5 = item5; Item6 = item6; Item7 = item7; Rest = rest; }
        public override bool Equals(object obj) => obj is Tuple<T1, T2, T3, T4, T5, T6, T7, TRest> other && EqualityComparer<T1>.Default.Equals(Item1, other.Item1) && EqualityComparer<T2>.Default.Equals(Item2, other.Item2) && EqualityComparer<T3>.Default.Equals(Item3, other.Item3) && EqualityComparer<T4>.Default.Equals(Item4, other.Item4) && EqualityComparer<T5>.Default.Equals(Item5, other.Item5) && EqualityComparer<T6>.Default.Equals(Item6, other.Item6) && EqualityComparer<T7>.Default.Equals(Item7, other.Item7) && EqualityComparer<TRest>.Default.Equals(Rest, other.Rest);
        public override int GetHashCode() => ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.Combine(ValueTuple.H(Item1), ValueTuple.H(Item2)), ValueTuple.H(Item3)), ValueTuple.H(Item4)), ValueTuple.H(Item5)), ValueTuple.H(Item6)), ValueTuple.H(Item7)), ValueTuple.H(Rest));
        public int CompareTo(object obj)
        {
            if (obj == null) return 1;
            var other = (Tuple<T1, T2, T3, T4, T5, T6, T7, TRest>)obj;
            int c;
            c = Comparer<T1>.Default.Compare(Item1, other.Item1); if (c != 0) return c;
            c = Comparer<T2>.Default.Compare(Item2, other.Item2); if (c != 0) return c;
            c = Comparer<T3>.Default.Compare(Item3, other.Item3); if (c != 0) return c;
            c = Comparer<T4>.Default.Compare(Item4, other.Item4); if (c != 0) return c;
            c = Comparer<T5>.Default.Compare(Item5, other.Item5); if (c != 0) return c;
            c = Comparer<T6>.Default.Compare(Item6, other.Item6); if (c != 0) return c;
            c = Comparer<T7>.Default.Compare(Item7, other.Item7); if (c != 0) return c;
            c = Comparer<TRest>.Default.Compare(Rest, other.Rest); if (c != 0) return c;
            return 0;
        }
        public override string ToString() => "(" + ValueTuple.S(Item1) + ", " + ValueTuple.S(Item2) + ", " + ValueTuple.S(Item3) + ", " + ValueTuple.S(Item4) + ", " + ValueTuple.S(Item5) + ", " + ValueTuple.S(Item6) + ", " + ValueTuple.S(Item7) + ", " + ValueTuple.S(Rest).Substring(1);
        int System.Runtime.CompilerServices.ITuple.Length => Rest is System.Runtime.CompilerServices.ITuple r ? 7 + r.Length : 8;
        object System.Runtime.CompilerServices.ITuple.this[int index]
        {
            get
            {
                switch (index)
                {
                    case 0: return Item1;
                    case 1: return Item2;
                    case 2: return Item3;
                    case 3: return Item4;
                    case 4: return Item5;
                    case 5: return Item6;
                    case 6: return Item7;
                    default:
                        if (Rest is System.Runtime.CompilerServices.ITuple r) return r[index - 7];
                        if (index == 7) return Rest;
                        throw new IndexOutOfRangeException();
                }
            }
        }
    }

    public static class TupleExtensions
    {
        public static void Deconstruct<T1, T2>(this Tuple<T1, T2> value, out T1 item1, out T2 item2) { item1 = value.Item1; item2 = value.Item2; }
        public static void Deconstruct<T1, T2, T3>(this Tuple<T1, T2, T3> value, out T1 item1, out T2 item2, out T3 item3) { item1 = value.Item1; item2 = value.Item2; item3 = value.Item3; }
        public static ValueTuple<T1, T2> ToValueTuple<T1, T2>(this Tuple<T1, T2> value) => (value.Item1, value.Item2);
        public static Tuple<T1, T2> ToTuple<T1, T2>(this ValueTuple<T1, T2> value) => new Tuple<T1, T2>(value.Item1, value.Item2);
    }
}
