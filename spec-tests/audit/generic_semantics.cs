// Generics: per-instantiation statics and static constructors, constrained calls that mutate
// struct receivers in place, default(T)/null tests, runtime generic recursion, type names,
// array covariance quirks (int[] as uint[]), variance, static abstract interface members,
// default interface methods on structs.
using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

interface IIncr { int Incr(); }
struct SCount : IIncr { public int N; public int Incr() => ++N; public override string ToString() => "S" + N; }
class CCount : IIncr { public int N; public int Incr() => ++N; public override string ToString() => "C" + N; }
struct Plain { public int A; }
struct Eq : IEquatable<Eq> { public int A; public bool Equals(Eq o) { Program.Log("IEq"); return A == o.A; } }

static class Holder<T>
{
    public static int Count;
    public static readonly string Tag;
    static Holder() { Tag = typeof(T).Name; Console.WriteLine("cctor Holder<" + Tag + ">"); }
}
class Lazy2<T> { public static List<T> Items = new List<T>(); }

interface IDefault { int Value => 42; string Mutate(); }
struct DStruct : IDefault { public int X; public string Mutate() { X++; return "X=" + X; } }
class DClass : IDefault { public int Value => 7; public string Mutate() => "cls"; }

interface IHasZero<TSelf> where TSelf : IHasZero<TSelf>
{
    static abstract TSelf Zero { get; }
    static abstract TSelf operator +(TSelf a, TSelf b);
    static virtual string Kind => "default-kind";
}
struct V2 : IHasZero<V2>
{
    public int X, Y;
    public static V2 Zero => new V2 { X = 0, Y = 0 };
    public static V2 operator +(V2 a, V2 b) => new V2 { X = a.X + b.X, Y = a.Y + b.Y };
    public static string Kind => "V2-kind";
    public override string ToString() => $"({X},{Y})";
}
class Str : IHasZero<Str>
{
    public string S = "";
    public static Str Zero => new Str();
    public static Str operator +(Str a, Str b) => new Str { S = a.S + b.S };
}

class Base { }
class Derived : Base { }
class BaseComparer : IComparer<Base> { public int Compare(Base? a, Base? b) => 0; }

class Program
{
    public static void Log(string s) => Console.Write("[" + s + "]");

    static void IncTwice<T>(ref T x) where T : IIncr { x.Incr(); x.Incr(); }
    static T IncCopy<T>(T x) where T : IIncr { x.Incr(); return x; }
    static int IncViaIface<T>(T x) where T : IIncr { IIncr i = x; i.Incr(); i.Incr(); return i.Incr(); }
    static string Describe<T>(T x) => $"{typeof(T).Name}: null={x == null} default={EqualityComparer<T>.Default.Equals(x, default!)} str={x?.ToString() ?? "<null>"} hash0={(x == null ? 0 : 1)}";
    static string Rec<T>(int n) => n == 0 ? typeof(T).ToString() : Rec<List<T>>(n - 1);
    static int Depth<T>(int n) => n == 0 ? Holder<T>.Tag.Length : Depth<KeyValuePair<T, int>>(n - 1);
    static T Sum<T>(T[] xs) where T : IHasZero<T> { T acc = T.Zero; foreach (var x in xs) acc = acc + x; return acc; }
    static string KindOf<T>() where T : IHasZero<T> => T.Kind;
    static T Add<T>(T a, T b) where T : INumber<T> => a + b;
    static string Dim<T>(T x) where T : IDefault => x.Value + " " + x.Mutate() + " " + x.Mutate();
    static bool IsT<T>(object o) => o is T;
    static T? AsT<T>(object o) where T : class => o as T;
    static string Gname<T>() => typeof(T).Name + "/" + (typeof(T).IsValueType ? "V" : "R");

    static void Main()
    {
        Console.WriteLine("start");
        Holder<int>.Count++;
        Holder<int>.Count++;
        Holder<string>.Count += 5;
        Holder<object>.Count += 7;
        Console.WriteLine($"counts {Holder<int>.Count} {Holder<string>.Count} {Holder<object>.Count} {Holder<int[]>.Count} {Holder<int>.Tag} {Holder<string>.Tag}");
        Lazy2<string>.Items.Add("a");
        Console.WriteLine($"lists {Lazy2<string>.Items.Count} {Lazy2<object>.Items.Count} {ReferenceEquals(Lazy2<string>.Items, Lazy2<object>.Items)}");

        var s = new SCount();
        IncTwice(ref s);
        var s2 = IncCopy(s);
        int vi = IncViaIface(s);
        Console.WriteLine($"constrained struct: {s} {s2} {vi} {s}");
        var c = new CCount();
        IncTwice(ref c);
        var c2 = IncCopy(c);
        int cvi = IncViaIface(c);
        Console.WriteLine($"constrained class: {c} {c2} {cvi} {ReferenceEquals(c, c2)}");
        SCount[] arr = new SCount[2];
        IncTwice(ref arr[1]);
        List<SCount> lst = new List<SCount> { new SCount() };
        var tmp = lst[0]; tmp.Incr();
        Console.WriteLine($"array elem: {arr[0]} {arr[1]} list copy: {lst[0]} {tmp}");

        Console.WriteLine(Describe(0));
        Console.WriteLine(Describe<int?>(null));
        Console.WriteLine(Describe<int?>(3));
        Console.WriteLine(Describe<string?>(null));
        Console.WriteLine(Describe(new Plain()));
        Console.WriteLine(Describe<object?>(null));
        Console.WriteLine(Describe(new SCount()));
        Log("eq-start"); Console.WriteLine(" " + EqualityComparer<Eq>.Default.Equals(new Eq { A = 1 }, new Eq { A = 1 }));
        Console.WriteLine($"plain Equals {new Plain { A = 1 }.Equals(new Plain { A = 1 })} {new Plain { A = 1 }.Equals(new Plain { A = 2 })} {((object)new Plain { A = 3 }).Equals(new Plain { A = 3 })} {new Plain { A = 5 }.GetHashCode() == new Plain { A = 5 }.GetHashCode()}");

        Console.WriteLine(Rec<int>(3));
        Console.WriteLine(Rec<string>(2));
        Console.WriteLine("depth " + Depth<byte>(4));

        Console.WriteLine($"names {Gname<int>()} {Gname<int?>()} {Gname<int[]>()} {Gname<int[,]>()} {Gname<List<int>>()} {Gname<Dictionary<string, int>>()} {Gname<KeyValuePair<int, string>>()} {Gname<V2>()} {Gname<Holder2<int>.Inner>()}");
        Console.WriteLine($"full {typeof(Dictionary<int, List<string>>)} {typeof(int[][])} {typeof(int?[])} {typeof(Holder2<int>.Inner)} {typeof(List<>).IsGenericTypeDefinition}");

        object ia = new int[] { -1, 2 };
        object ea = new DayOfWeek[] { DayOfWeek.Monday };
        object sa = new string[] { "x" };
        Console.WriteLine($"array casts: {ia is uint[]} {ia is int[]} {ia is long[]} {ea is int[]} {ea is DayOfWeek[]} {sa is object[]} {sa is IEnumerable<object>} {ia is object[]} {ia is IEnumerable<object>}");
        if (ia is uint[] ua) Console.WriteLine("uint view: " + ua[0] + " " + ua.Length);
        object lo = new List<string> { "q" };
        Console.WriteLine($"variance: {lo is IEnumerable<object>} {lo is IList<object>} {lo is IReadOnlyList<object>} {new List<int>() is IEnumerable<object>} {new BaseComparer() is IComparer<Derived>} {IsT<IEnumerable<object>>(lo)} {IsT<int>(5)} {IsT<long>(5)} {IsT<int?>(5)} {IsT<int>(null!)} {AsT<string>(lo) == null}");
        IComparer<Derived> dc = new BaseComparer();
        Func<Derived> fd = () => new Derived();
        Func<Base> fb = fd;
        Action<Base> ab = x => Console.Write("ab ");
        Action<Derived> ad = ab;
        ad(new Derived());
        Console.WriteLine($"{dc.Compare(null, null)} {fb() is Derived} {(object)new Func<int>(() => 1) is Func<object>}");

        Console.WriteLine($"static abstract: {Sum(new[] { new V2 { X = 1, Y = 2 }, new V2 { X = 10, Y = 20 } })} {Sum(new[] { new Str { S = "a" }, new Str { S = "b" } }).S} {KindOf<V2>()} {KindOf<Str>()}");
        Console.WriteLine($"INumber: {Add(2, 3)} {Add(2.5, 0.25)} {Add<byte>(200, 100)} {Add(1m, 0.1m)} {Add<long>(long.MaxValue, 1)}");
        var ds = new DStruct();
        Console.WriteLine($"dim: {Dim(ds)} | {ds.X} | {Dim(new DClass())} | {((IDefault)ds).Value}");
        IDefault boxedD = ds;
        boxedD.Mutate(); boxedD.Mutate();
        Console.WriteLine($"boxed dim: {((DStruct)boxedD).X} {ds.X}");
    }
}
class Holder2<T> { public class Inner { } }
