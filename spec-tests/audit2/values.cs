// Value-type semantics: default ValueType.Equals/GetHashCode (floats, references, padding),
// Nullable of user structs with lifted user operators, boxed Nullable through interfaces,
// generic code over T? and default(T), struct copies through readonly fields and `in`
// parameters, arrays of generic structs, enums in generics.
using System;
using System.Collections.Generic;

struct FP { public double D; public float F; }
struct WR { public string? S; public int I; }
struct Pad { public byte B; public long L; }
struct Money : IComparable<Money> { public decimal V; public Money(decimal v) { V = v; } public static Money operator +(Money a, Money b) => new(a.V + b.V); public static bool operator <(Money a, Money b) => a.V < b.V; public static bool operator >(Money a, Money b) => a.V > b.V; public static bool operator ==(Money a, Money b) => a.V == b.V; public static bool operator !=(Money a, Money b) => a.V != b.V; public override bool Equals(object? o) => o is Money m && m.V == V; public override int GetHashCode() => V.GetHashCode(); public int CompareTo(Money o) => V.CompareTo(o.V); public override string ToString() => "$" + V; }
struct Mut { public int X; public void Inc() => X++; public override string ToString() => "Mut" + X; }
class Holder { public readonly Mut RO; public Mut RW; }
struct Pair<A, B> { public A First; public B Second; public Pair(A a, B b) { First = a; Second = b; } public override string ToString() => $"[{First},{Second}]"; }
enum Color : short { Red = 1, Green = 2 }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static string Def<T>() => default(T)?.ToString() ?? "null";
    static bool IsDefault<T>(T v) => EqualityComparer<T>.Default.Equals(v, default!);
    static T? OrNull<T>(bool b, T v) where T : struct => b ? v : null;
    static string Show<T>(T? v) where T : struct => v.HasValue ? "has " + v.Value : "none";
    static int IncIn(in Mut m) { m.Inc(); return m.X; }
    static string Desc<T>(T v) where T : Enum => v + "/" + Convert.ToInt64(v) + "/" + typeof(T).GetEnumUnderlyingType().Name;
    static string Cmp<T>(T a, T b) => Comparer<T>.Default.Compare(a, b).ToString();

    static void Main()
    {
        T("ve1", () => new FP { D = 0.0 }.Equals(new FP { D = -0.0 }));
        T("ve2", () => new FP { D = double.NaN }.Equals(new FP { D = double.NaN }));
        T("ve3", () => new FP { F = 0f }.Equals(new FP { F = -0f }));
        T("ve4", () => new WR { S = "ab", I = 1 }.Equals(new WR { S = string.Concat("a", "b"), I = 1 }));
        T("ve5", () => new WR { S = null }.Equals(new WR { S = null }) + "/" + new WR().Equals(null) + "/" + new WR().Equals(5));
        T("ve6", () => new Pad { B = 1, L = 2 }.Equals(new Pad { B = 1, L = 2 }));
        T("ve7", () => new WR { S = "x", I = 1 }.GetHashCode() == new WR { S = "x", I = 1 }.GetHashCode());
        T("ve8", () => new FP { D = 0.0 }.GetHashCode() == new FP { D = -0.0 }.GetHashCode());
        T("ve9", () => new Pair<int, string>(1, "a").Equals(new Pair<int, string>(1, "a")));
        T("ve10", () => new KeyValuePair<int, int>(1, 2).Equals(new KeyValuePair<int, int>(1, 2)));

        Money? a = new Money(2), n = null;
        T("nm1", () => a + a);
        T("nm2", () => a + n);
        T("nm3", () => a < n);
        T("nm4", () => a == n);
        T("nm5", () => n == null);
        T("nm6", () => a == new Money(2));
        T("nm7", () => n != a);
        T("nm8", () => { object o = a!; return ((IComparable<Money>)o).CompareTo(new Money(3)); });
        T("nm9", () => { IComparable<Money>? c = n; return c == null; });
        T("nm10", () => Show(OrNull(true, 5)) + "," + Show(OrNull(false, 5)) + "," + Show(OrNull(true, new Money(1))));
        T("nm11", () => { var l = new List<Money?> { new Money(3), null, new Money(1) }; l.Sort(); return string.Join(",", l.ConvertAll(x => x?.ToString() ?? "null")); });
        T("nm12", () => Cmp<int?>(null, 1) + "," + Cmp<int?>(1, null) + "," + Cmp<int?>(null, null));
        T("nm13", () => EqualityComparer<int?>.Default.Equals(null, 0) + "," + EqualityComparer<int?>.Default.Equals(3, 3));
        T("nm14", () => new HashSet<int?> { 1, null, null, 1 }.Count);
        T("nm15", () => { int? x = 5; object o = x; return o.Equals(5) + "," + o.GetType().Name; });
        T("nm16", () => { int? x = null; return x.GetValueOrDefault() + "," + (x ?? 9) + "," + x?.ToString() ?? "nil"; });
        T("nm17", () => { Color? c = Color.Green; return c.Value + "," + (int)c! + "," + (c == Color.Green); });
        T("nm18", () => { double? d = double.NaN; return (d == d) + "," + d.Equals(d) + "," + (d < 0) + "," + (d >= 0); });

        T("nm19", () => { var arr = new Money?[] { null, new Money(5), new Money(-1), null }; Array.Sort(arr); return string.Join(",", Array.ConvertAll(arr, x => x?.ToString() ?? "null")); });
        T("nm20", () => Comparer<Money?>.Default.Compare(new Money(1), null) + "," + Comparer<Money?>.Default.Compare(new Money(1), new Money(2)) + "," + ((System.Collections.IComparer)Comparer<Money?>.Default).Compare(new Money(3), new Money(2)));
        T("nm21", () => Comparer<Color?>.Default.Compare(Color.Green, Color.Red) + "," + Comparer<Color?>.Default.Compare(null, Color.Red) + "," + Comparer<Pair<int, int>?>.Default.Compare(null, null));
        T("nm22", () => { try { return Comparer<Pair<int, int>?>.Default.Compare(new Pair<int, int>(), new Pair<int, int>()); } catch (Exception e) { return e.GetType().Name; } });
        T("nm23", () => { var ss = new SortedSet<Money?> { new Money(2), null, new Money(1) }; return string.Join(",", ss) + "|" + ss.Min; });
        T("nm24", () => { try { Comparer<Mut>.Default.Compare(new Mut(), new Mut()); return "no"; } catch (Exception e) { return e.GetType().Name + ":" + e.Message; } });
        T("nm25", () => { try { Array.Sort(new[] { new Mut(), new Mut() }); return "no"; } catch (Exception e) { return e.GetType().Name + ":" + e.InnerException?.GetType().Name; } });
        T("nm26", () => { try { new List<Mut> { new(), new() }.Sort(); return "no"; } catch (Exception e) { return e.GetType().Name + ":" + e.InnerException?.GetType().Name; } });
        T("nm27", () => { try { new[] { 2, 1, 3 }.AsSpan().Sort((x, y) => throw new InvalidOperationException("mine")); return "no"; } catch (Exception e) { return e.GetType().Name + ":" + e.Message + ":" + e.InnerException?.Message; } });
        T("nm28", () => { try { Array.Sort(new[] { 2, 1 }, (x, y) => throw new InvalidOperationException("mine")); return "no"; } catch (Exception e) { return e.GetType().Name + ":" + e.InnerException?.Message; } });
        T("nm29", () => { try { return new SortedSet<Mut> { new(), new() }.Count; } catch (Exception e) { return e.GetType().Name + ":" + e.InnerException?.GetType().Name; } });
        T("df1", () => Def<int>() + "," + Def<string>() + "," + Def<int?>() + "," + Def<Pair<int, string>>() + "," + Def<Color>());
        T("df2", () => IsDefault(0) + "," + IsDefault<string?>(null) + "," + IsDefault(new Pair<int, int>()) + "," + IsDefault<int?>(0) + "," + IsDefault(0.0 * -1));

        T("cp1", () => { var h = new Holder(); h.RO.Inc(); h.RW.Inc(); return h.RO + "," + h.RW; });
        T("cp2", () => { var m = new Mut(); var r = IncIn(m); return r + "," + m; });
        T("cp3", () => { var arr = new Mut[2]; foreach (var x in arr) x.Inc(); arr[0].Inc(); return string.Join(",", arr); });
        T("cp4", () => { var l = new List<Mut> { new() }; var e = l.GetEnumerator(); e.MoveNext(); e.Current.Inc(); return l[0]; });
        T("cp5", () => { var d = new Dictionary<int, Mut> { [1] = new() }; var x = d[1]; x.Inc(); return d[1]; });
        T("cp6", () => { object o = new Mut(); ((Mut)o).Inc(); return o; });
        T("cp7", () => { Mut m = new Mut(); object o = m; m.Inc(); return o + "," + m; });
        T("cp8", () => { var t = (new Mut(), 1); t.Item1.Inc(); return t.Item1; });

        T("ga1", () => { var a = new Pair<int, string>[2]; a[1].First = 3; a[1].Second = "x"; return a[0] + "" + a[1]; });
        T("ga2", () => { var a = new Pair<long, byte>[2, 2]; a[1, 0] = new(5, 6); return a[1, 0] + "" + a[0, 1]; });
        T("ga3", () => { var a = new Pair<int, int>[3]; Array.Resize(ref a, 5); a[4].First = 1; return a.Length + "" + a[4]; });
        T("ga4", () => { var a = new Pair<string, int>[] { new("b", 1), new("a", 2) }; Array.Sort(a, (x, y) => string.CompareOrdinal(x.First, y.First)); return string.Join("", a); });
        T("ga5", () => { object a = new Pair<int, int>[1]; return (a is Pair<int, int>[]) + "," + (a is object[]) + "," + (a is ValueType[]); });
        T("ga6", () => { Color[] c = { Color.Green }; object o = c; return (o is short[]) + "," + (o is ushort[]) + "," + (o is int[]) + "," + (o is Enum[]); });

        T("en1", () => Desc(Color.Green) + "|" + Desc((Color)7));
        T("en2", () => Cmp(Color.Red, Color.Green) + "," + EqualityComparer<Color>.Default.Equals(Color.Red, (Color)1));
        T("en3", () => new Dictionary<Color, int> { [Color.Red] = 1 }.ContainsKey((Color)1));
        T("en4", () => { var c = Color.Red; c += 5; return c + "," + (c - Color.Red) + "," + (Color.Green - 1); });
        T("en5", () => Color.Red.Equals(Color.Red) + "," + Color.Red.Equals((short)1) + "," + ((Enum)Color.Red).CompareTo(Color.Green));
    }
}
