// Records (equality, with, ToString, inheritance), ValueTuple equality and nesting, static init
// order, struct layout sizes, object identity, typeof/GetType on generics, is/as with type params,
// arrays of generics, MD arrays of structs, ref returns.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

record Person(string Name, int Age) { public string[]? Tags { get; init; } }
record Student(string Name, int Age, string School) : Person(Name, Age);
record struct Pt(int X, int Y);
readonly record struct RPt(double X, double Y) { public override string ToString() => $"<{X};{Y}>"; }
sealed record Leaf(int V) : Node { protected override bool PrintMembers(System.Text.StringBuilder sb) { sb.Append("V=" + V + "!"); return true; } }
abstract record Node;
record Gen<T>(T Value, List<T>? Items = null);

static class Log { public static List<string> L = new(); public static string Take() { var s = string.Join(",", L); L.Clear(); return s; } }
class SA { public static int X = Init("SA.X"); public static int Y = Init("SA.Y"); static int Init(string s) { Log.L.Add(s); return 1; } public static void Touch() { } }
class SB2 { static SB2() { Log.L.Add("SB2.cctor"); } public static int X = Inc(); static int Inc() { Log.L.Add("SB2.X"); return 2; } public static void Touch() { Log.L.Add("SB2.Touch"); } }
class SC : SB2 { static SC() { Log.L.Add("SC.cctor"); } public static int Z = 3; public static void M() { Log.L.Add("SC.M"); } }
class GStat<T> { public static int Count; static GStat() { Log.L.Add("GStat<" + typeof(T).Name + ">"); } }

struct Mixed1 { public byte A; public long B; public byte C; }
struct Mixed2 { public byte A; public byte C; public int B; public short D; }
[StructLayout(LayoutKind.Sequential, Pack = 1)] struct Packed { public byte A; public long B; public short C; }
[StructLayout(LayoutKind.Sequential, Pack = 2)] struct Packed2 { public byte A; public int B; }
[StructLayout(LayoutKind.Sequential, Size = 20)] struct Sized { public int A; }
[StructLayout(LayoutKind.Explicit)] struct Expl { [FieldOffset(0)] public int I; [FieldOffset(0)] public float F; [FieldOffset(0)] public byte B0; [FieldOffset(3)] public byte B3; [FieldOffset(4)] public long L; }
[StructLayout(LayoutKind.Explicit, Size = 3)] struct ExplSz { [FieldOffset(1)] public byte B; }
struct Empty { }
struct WithRef { public object O; public byte B; }
struct Nested { public Mixed2 M; public byte X; }
[StructLayout(LayoutKind.Auto)] struct AutoS { public byte A; public long B; public byte C; }
[StructLayout(LayoutKind.Auto)] struct AutoM { public byte A; public Mixed2 M; public short D; public long B; public byte C; public int E; public double F; }
struct WithDec { public byte A; public decimal D; }
struct WithGuid { public byte A; public Guid G; }

struct MS { public int A; public long B; public override string ToString() => A + ":" + B; }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static string IsT<T>(object o) => (o is T) + "/" + ((o as IEnumerable<T>) != null);
    static string AsT<T>(object o) where T : class => (o as T)?.ToString() ?? "null";
    static Type Ty<T>() => typeof(T);
    static ref int Find(int[] a, int v) { for (int i = 0; i < a.Length; i++) if (a[i] == v) return ref a[i]; return ref a[0]; }
    static ref MS At(MS[,] a, int i, int j) => ref a[i, j];
    ref struct RS { public Span<int> S; public int Sum() { int s = 0; foreach (var x in S) s += x; return s; } }

    static void Main()
    {
        var p1 = new Person("Ann", 30); var p2 = new Person("Ann", 30); var s1 = new Student("Ann", 30, "MIT");
        T("r1", () => p1 == p2);
        T("r2", () => p1.Equals(s1) + "/" + s1.Equals(p1) + "/" + ((Person)s1 == p1));
        T("r3", () => p1);
        T("r4", () => s1);
        T("r5", () => s1 with { Age = 31 });
        T("r6", () => (s1 with { Age = 31 }).GetType().Name);
        T("r7", () => { Person pp = s1; return (pp with { Name = "Bob" }); });
        T("r8", () => p1.GetHashCode() == p2.GetHashCode());
        T("r9", () => new Pt(1, 2) == new Pt(1, 2));
        T("r10", () => new Pt(1, 2));
        T("r11", () => new Pt(1, 2) with { Y = 5 });
        T("r12", () => new RPt(1.5, -0.0));
        T("r13", () => new RPt(double.NaN, 0) == new RPt(double.NaN, 0));
        T("r14", () => new RPt(double.NaN, 0).Equals(new RPt(double.NaN, 0)));
        T("r15", () => new RPt(0.0, 0) == new RPt(-0.0, 0));
        T("r16", () => new Leaf(3));
        T("r17", () => new Gen<int>(4));
        T("r18", () => new Gen<string>("x") == new Gen<string>("x"));
        T("r19", () => (p1 with { Tags = new[] { "a" } }) == (p1 with { Tags = new[] { "a" } }));
        T("r20", () => p1 with { Tags = new[] { "a" } });
        T("r21", () => { var (n, a) = p1; return n + a; });
        T("r22", () => new Pt(1, 2).GetHashCode() == new Pt(1, 2).GetHashCode());
        T("r23", () => ((object)new Pt(3, 4)).Equals(new Pt(3, 4)));

        T("t1", () => (1, "a") == (1, "a"));
        T("t2", () => (1, 2L) == (1L, 2));
        T("t3", () => (1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        T("t4", () => (1, 2, 3, 4, 5, 6, 7, 8, 9, 10).Equals((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
        T("t5", () => (1, 2, 3, 4, 5, 6, 7, 8).Item8 + "/" + (1, 2, 3, 4, 5, 6, 7, 8).Rest);
        T("t6", () => (1, 2, 3, 4, 5, 6, 7, 8, 9).GetType().Name);
        T("t7", () => ((object)(1, (2, 3))).Equals((1, (2, 3))));
        T("t8", () => (1, (string?)null));
        T("t9", () => (1, 2).CompareTo((1, 3)) + "/" + (2, "b").CompareTo((2, "a")));
        T("t10", () => ValueTuple.Create() + "|" + ValueTuple.Create(1));
        T("t11", () => ((ITuple)(1, 2, 3, 4, 5, 6, 7, 8, 9)).Length + "/" + ((ITuple)(1, 2, 3, 4, 5, 6, 7, 8, 9))[8]);
        T("t12", () => (1, 2.5, 'c', "s", true, (byte)3, 4L, 5m).ToString());
        T("t13", () => (double.NaN, 1) == (double.NaN, 1));
        T("t14", () => (double.NaN, 1).Equals((double.NaN, 1)));
        T("t15", () => new Dictionary<(int, string), int> { [(1, "a")] = 5 }[(1, "a")]);
        T("t16", () => Tuple.Create(1, "x") + "/" + Tuple.Create(1, 2).Equals(Tuple.Create(1, 2)));

        T("s1", () => { SA.Touch(); return Log.Take(); });
        T("s2", () => { SC.M(); return Log.Take(); });
        T("s3", () => { var z = SC.Z; return Log.Take() + "|" + z; });
        T("s4", () => { SB2.Touch(); return Log.Take(); });
        T("s5", () => { GStat<int>.Count++; GStat<string>.Count++; GStat<int>.Count++; return Log.Take() + "|" + GStat<int>.Count + GStat<string>.Count; });

        T("l1", () => Unsafe.SizeOf<Mixed1>() + "/" + Unsafe.SizeOf<Mixed2>() + "/" + Unsafe.SizeOf<Packed>() + "/" + Unsafe.SizeOf<Packed2>());
        T("l2", () => Unsafe.SizeOf<Sized>() + "/" + Unsafe.SizeOf<Expl>() + "/" + Unsafe.SizeOf<ExplSz>() + "/" + Unsafe.SizeOf<Empty>());
        T("l3", () => Unsafe.SizeOf<Nested>() + "/" + Unsafe.SizeOf<AutoS>() + "/" + Unsafe.SizeOf<WithDec>() + "/" + Unsafe.SizeOf<WithGuid>());
        T("l4", () => Unsafe.SizeOf<(byte, long)>() + "/" + Unsafe.SizeOf<(byte, byte)>() + "/" + Unsafe.SizeOf<int?>() + "/" + Unsafe.SizeOf<long?>() + "/" + Unsafe.SizeOf<byte?>());
        T("l5", () => { var e = new Expl { I = 0x01020304 }; return e.B0 + "/" + e.B3 + "/" + e.F.ToString("R"); });
        T("l6", () => { var e = new Expl { F = 1.0f }; return e.I.ToString("X"); });
        T("l7", () => Unsafe.SizeOf<decimal>() + "/" + Unsafe.SizeOf<DateTime>() + "/" + Unsafe.SizeOf<char>() + "/" + Unsafe.SizeOf<bool>());
        T("l8", () => { var m = new Mixed2 { A = 1, C = 2, B = 3, D = 4 }; return Unsafe.ByteOffset(ref Unsafe.As<Mixed2, byte>(ref m), ref Unsafe.As<int, byte>(ref m.B)) + "/" + Unsafe.ByteOffset(ref Unsafe.As<Mixed2, byte>(ref m), ref Unsafe.As<short, byte>(ref m.D)); });
        T("l9", () => { var m = new Packed(); return Unsafe.ByteOffset(ref Unsafe.As<Packed, byte>(ref m), ref Unsafe.As<long, byte>(ref m.B)) + "/" + Unsafe.ByteOffset(ref Unsafe.As<Packed, byte>(ref m), ref Unsafe.As<short, byte>(ref m.C)); });

        T("l10", () => { var m = new AutoM(); ref byte b0 = ref Unsafe.As<AutoM, byte>(ref m); return Unsafe.SizeOf<AutoM>() + ":" + Unsafe.ByteOffset(ref b0, ref m.A) + "," + Unsafe.ByteOffset(ref b0, ref Unsafe.As<Mixed2, byte>(ref m.M)) + "," + Unsafe.ByteOffset(ref b0, ref Unsafe.As<short, byte>(ref m.D)) + "," + Unsafe.ByteOffset(ref b0, ref Unsafe.As<long, byte>(ref m.B)) + "," + Unsafe.ByteOffset(ref b0, ref m.C) + "," + Unsafe.ByteOffset(ref b0, ref Unsafe.As<int, byte>(ref m.E)) + "," + Unsafe.ByteOffset(ref b0, ref Unsafe.As<double, byte>(ref m.F)); });
        T("l11", () => { var m = new AutoS(); ref byte b0 = ref Unsafe.As<AutoS, byte>(ref m); return Unsafe.ByteOffset(ref b0, ref m.A) + "," + Unsafe.ByteOffset(ref b0, ref Unsafe.As<long, byte>(ref m.B)) + "," + Unsafe.ByteOffset(ref b0, ref m.C); });
        object o1 = new object(), o2 = new object(); string st = "abc";
        T("o1", () => ReferenceEquals(o1, o2) + "/" + ReferenceEquals(o1, o1) + "/" + ReferenceEquals(null, null));
        T("o2", () => ReferenceEquals(st, string.Concat("a", "bc")) + "/" + ReferenceEquals(st, string.Intern(string.Concat("a", "bc"))));
        T("o3", () => { object b = 5; return ReferenceEquals(b, b) + "/" + ReferenceEquals((object)5, (object)5) + "/" + Equals((object)5, (object)5); });
        T("o4", () => o1.GetHashCode() == o1.GetHashCode());
        T("o5", () => RuntimeHelpers.GetHashCode(o1) == o1.GetHashCode());
        T("o6", () => Equals(null, o1) + "/" + Equals(5, 5L) + "/" + 5.Equals(5L) + "/" + 5L.Equals(5));
        T("o7", () => new object().Equals(null) + "/" + new object().ToString());
        T("o8", () => (1.0).Equals(double.NaN) + "/" + double.NaN.Equals(double.NaN) + "/" + (double.NaN == double.NaN) + "/" + (0.0).Equals(-0.0));
        T("o9", () => (0.0).GetHashCode() == (-0.0).GetHashCode());

        T("ty1", () => typeof(List<int>) == new List<int>().GetType());
        T("ty2", () => typeof(List<>) == typeof(List<int>).GetGenericTypeDefinition());
        T("ty3", () => new Dictionary<string, List<int?>>().GetType());
        T("ty4", () => typeof(List<>).Name + "/" + typeof(List<>).IsGenericTypeDefinition + "/" + typeof(List<int>).IsConstructedGenericType);
        T("ty5", () => Ty<int[]>() + "/" + Ty<int[,]>() + "/" + Ty<int[][]>() + "/" + Ty<List<int>[]>());
        T("ty6", () => typeof(int[]) == new int[0].GetType());
        T("ty7", () => new int[2, 3].GetType() == typeof(int[,]));
        T("ty8", () => typeof(KeyValuePair<int, string>).FullName!.StartsWith("System.Collections.Generic.KeyValuePair`2[[System.Int32"));
        T("ty9", () => string.Join(",", Array.ConvertAll(typeof(Dictionary<int, string>).GetGenericArguments(), t => t.Name)));
        T("ty10", () => Ty<Gen<int>>().Name + "/" + Ty<Gen<int>>().Namespace);
        T("ty11", () => typeof(int).IsValueType + "/" + typeof(int?).IsValueType + "/" + typeof(string).IsValueType + "/" + typeof(E0).IsEnum + "/" + typeof(E0).IsValueType);
        T("ty12", () => typeof(Person).BaseType + "/" + typeof(Student).BaseType + "/" + typeof(Pt).BaseType + "/" + typeof(E0).BaseType);
        T("is1", () => IsT<int>(5) + "|" + IsT<int>(new List<int>()) + "|" + IsT<object>(new List<string>()));
        T("is2", () => IsT<int>(new uint[0]) + "|" + IsT<object>(new int[0]) + "|" + IsT<string>(new string[0]));
        T("is3", () => AsT<IComparable>(5) + "|" + AsT<string>(5) + "|" + AsT<IEnumerable<char>>("hi"));
        T("is4", () => IsT<E0>(0) + "|" + IsT<int>(E0.A) + "|" + IsT<int?>(5));
        T("is5", () => IsT<long>(5) + "|" + IsT<ValueType>(5) + "|" + IsT<Enum>(E0.A));

        T("a1", () => { var a = new List<int>[3]; a[1] = new() { 1, 2 }; return a[1].Count + "/" + (a[0] == null); });
        T("a2", () => { var a = new MS[2, 3]; a[1, 2].A = 5; At(a, 1, 2).B = 7; a[0, 0] = new MS { A = 9 }; return a[1, 2] + "/" + a[0, 0] + "/" + a.Length + "/" + a.GetLength(1); });
        T("a3", () => { var a = new MS[2][]; a[0] = new MS[1]; a[0][0].A++; a[0][0].A++; return a[0][0] + "/" + (a[1] == null); });
        T("a4", () => { var a = new (int, string)[2]; a[0].Item1 = 4; a[0].Item2 = "x"; return a[0] + "|" + a[1]; });
        T("a5", () => { var a = (MS[,])Array.CreateInstance(typeof(MS), new[] { 2, 2 }, new[] { 1, 1 }); a[2, 2].A = 3; return a[2, 2] + "/" + a.GetLowerBound(0); });
        T("a6", () => { var a = new MS[2, 2]; try { a[2, 0].A = 1; return "no"; } catch (IndexOutOfRangeException) { return "IOOR"; } });
        T("a7", () => { var a = new int?[3]; a[1] = 5; return a[0] + "|" + a[1] + "|" + Array.IndexOf(a, 5) + "|" + Array.IndexOf(a, null); });
        T("a8", () => { var a = new KeyValuePair<string, int>[2, 2]; a[1, 1] = new("k", 1); return a[1, 1] + "|" + a[0, 0]; });
        T("a9", () => { MS[,] a = new MS[2, 2]; object o = a; return (o is MS[,]) + "/" + (o is Array) + "/" + (o is MS[]); });
        T("a10", () => { var a = new int[3, 4, 5]; a[2, 3, 4] = 7; int s = 0; foreach (var x in a) s += x; return s + "/" + a.Rank + "/" + a.GetUpperBound(2); });

        T("ref1", () => { var a = new[] { 1, 2, 3 }; ref int r = ref Find(a, 2); r = 20; r++; return string.Join(",", a); });
        T("ref2", () => { var a = new[] { 1, 2, 3 }; ref int r = ref a[0]; r = ref a[2]; r *= 10; return string.Join(",", a); });
        T("ref3", () => { var l = new List<MS> { new MS() }; var sp = CollectionsMarshal.AsSpan(l); sp[0].A = 42; return l[0]; });
        T("ref4", () => { Span<int> s = stackalloc int[4]; s.Fill(3); var rs = new RS { S = s }; return rs.Sum(); });
        T("ref5", () => { int x = 1; ref int r = ref x; ref readonly int rr = ref r; x = 5; return rr; });
        T("ref6", () => { var m = new MS(); ref var r = ref m; r.A = 3; var copy = r; copy.A = 9; return m + "/" + copy; });
        T("ref7", () => { var a = new MS[1]; ref MS r = ref a[0]; a = new MS[1]; r.A = 1; return a[0].A; });
    }
}
enum E0 { A }
