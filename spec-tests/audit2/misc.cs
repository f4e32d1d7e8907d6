// Records with inheritance and custom members, interface static fields and static constructors,
// default interface properties and generic default methods, [Flags] formatting corners,
// multi-dimensional arrays with non-zero bounds, tuple names erased at run time.
using System;
using System.Collections.Generic;
using System.Text;

record A(int X) { public virtual bool Equals(A? o) => o is not null && X == o.X; public override int GetHashCode() => X; }
record B(int X, int Y) : A(X);
record C(string? S, A? Inner, int[]? Arr);
record D { public int P { get; init; } = 5; public string Q = "q"; protected virtual Type EqualityContract => typeof(A); }
record E2(int V) { public override string ToString() => "E2!" + V; }
record F2(int V, int W) : E2(V);
record struct MR { public int X; public List<int>? L; }

interface ICfg { static int Count; static ICfg() { Count = 10; Log.Add("ICfg.cctor"); } static int Next() => ++Count; int Id => 7; string Desc<T>(T x) => typeof(T).Name + ":" + x + ":" + Id; }
class Cfg : ICfg { }
class Cfg2 : ICfg { public int Id => 8; }
static class Log { public static List<string> L = new(); public static void Add(string s) => L.Add(s); }

[Flags] enum Fl { None = 0, A = 1, B = 2, AB = 3, C = 4, Neg = -2147483648 }
[Flags] enum NoZero { X = 1, Y = 2 }
[Flags] enum Overlap { A = 1, B = 3, C = 2 }
[Flags] enum SF : sbyte { A = 1, B = 64, M = -128 }
[Flags] enum LF : long { A = 1, Top = long.MinValue, Mid = 1L << 40 }
enum Plain { P = 0, Q = 10 }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }

    static void Main()
    {
        T("rc1", () => new A(1) == new B(1, 2));
        T("rc2", () => new B(1, 2) == new B(1, 3));
        T("rc3", () => new B(1, 2).Equals((A)new B(1, 2)));
        T("rc4", () => new C(null, new B(1, 2), null));
        T("rc5", () => new C("s", null, new[] { 1 }) == new C("s", null, new[] { 1 }));
        T("rc6", () => new D() + "|" + (new D() == new D()) + "|" + (new D { P = 1 } with { Q = "r" }));
        T("rc7", () => new F2(1, 2) + "|" + new F2(1, 2).GetType().Name);
        T("rc8", () => { var m = new MR { X = 1 }; var m2 = m with { X = 2 }; return m + "|" + m2 + "|" + (m == m2) + "|" + (m with { } == m); });
        T("rc9", () => new HashSet<B> { new(1, 2), new(1, 2), new(2, 2) }.Count);
        T("rc10", () => { A a = new B(3, 4); var c = a with { X = 9 }; return c; });
        T("rc11", () => { object o = new B(1, 2); return o.Equals(new B(1, 2)) + "," + o.Equals(new A(1)) + "," + ReferenceEquals(o, ((B)o) with { }); });

        T("if1", () => { var a = ICfg.Next(); return a + "," + string.Join(",", Log.L); });
        T("if2", () => ((ICfg)new Cfg()).Id + "," + ((ICfg)new Cfg2()).Id + "," + new Cfg2().Id);
        T("if3", () => ((ICfg)new Cfg()).Desc(2.5) + "|" + ((ICfg)new Cfg2()).Desc("s"));

        T("fl1", () => (Fl)0 + "," + (Fl)3 + "," + (Fl)5 + "," + (Fl)7 + "," + (Fl)8 + "," + (Fl)15);
        T("fl2", () => Fl.Neg + "," + (Fl.Neg | Fl.A) + "," + (Fl)(-1));
        T("fl3", () => (NoZero)0 + "," + (NoZero)3 + "," + (NoZero)4 + "," + (NoZero)7);
        T("fl4", () => (Overlap)3 + "," + (Overlap)1 + "," + (Overlap)2 + "," + (Overlap)7);
        T("fl5", () => (Plain)0 + "," + (Plain)3 + "," + ((Plain)10).ToString("F") + "," + ((Plain)11).ToString("F") + "," + ((Fl)3).ToString("D"));
        T("fl6", () => Enum.Parse<Fl>("AB, C") + "," + Enum.Parse<Overlap>("A,C") + "," + Enum.Parse<NoZero>("0"));
        T("fl7", () => Enum.GetName((Fl)3) + "," + (Enum.GetName((Fl)5) ?? "null") + "," + Enum.GetName(Overlap.B));
        T("fl8", () => string.Join(",", Enum.GetValues<Fl>()) + "|" + string.Join(",", Enum.GetNames<Overlap>()));

        T("fl9", () => (SF)(-127) + "," + (SF)(-63) + "," + (SF)(-1) + "," + (LF)(long.MinValue + 1) + "," + (LF.Top | LF.Mid | LF.A) + "," + ((SF)(-127)).ToString("F"));
        T("fl10", () => Enum.Parse<SF>("M, A") + "," + (sbyte)Enum.Parse<SF>("M, A") + "," + string.Join("|", Enum.GetValues<SF>()) + "," + string.Join("|", Enum.GetValues<LF>()));
        T("md1", () => { var a = (string[,])Array.CreateInstance(typeof(string), new[] { 2, 3 }, new[] { -1, 5 }); a[0, 7] = "x"; return a[0, 7] + "," + a.GetLowerBound(1) + "," + a.GetUpperBound(0) + "," + a.Length; });
        T("md2", () => { var a = (int[,])Array.CreateInstance(typeof(int), new[] { 2, 2 }, new[] { 1, 1 }); try { a[0, 1] = 1; return "no"; } catch (Exception e) { return e.GetType().Name; } });
        T("md3", () => { var a = Array.CreateInstance(typeof(int), new[] { 3 }, new[] { 2 }); return a.GetType() + "," + (a is int[]) + "," + a.Rank + "," + a.GetLowerBound(0); });
        T("md4", () => { var a = new int[2, 3]; var b = (int[,])a.Clone(); b[1, 2] = 5; return a[1, 2] + "," + b[1, 2] + "," + (a.GetType() == b.GetType()); });
        T("md5", () => { var a = new (int, string)[1, 2]; a[0, 1] = (1, "q"); a[0, 1].Item1++; return a[0, 1].ToString(); });

        T("tn1", () => { (int a, string b) t = (1, "x"); (int c, string d) u = t; return u.c + u.d + "," + t.Equals(u) + "," + t.GetType().Name; });
        T("tn2", () => { var t = (a: 1, b: (c: 2, d: 3)); object o = t; return ((ValueTuple<int, ValueTuple<int, int>>)o).Item2.Item2; });
    }
}
