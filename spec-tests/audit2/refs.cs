// ref returns and ref locals into arrays, fields and MD arrays; ref struct members; readonly
// members and defensive copies; generic struct sizes; covariant returns through generic bases.
using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

struct Mut { public int X; public void Inc() => X++; public readonly int Get() => X; public override string ToString() => "M" + X; }
struct Pair<A, B> { public A First; public B Second; }
class Node { public Mut M; public Mut[] Arr = new Mut[2]; public ref Mut RefM => ref M; }
ref struct Window { public Span<int> S; public ref int this[int i] => ref S[i]; public int Len => S.Length; }
readonly struct RO { public readonly Mut M; public RO(int x) { M = new Mut { X = x }; } public int Bump() { M.Inc(); return M.X; } }
abstract class Src<T> { public abstract Src<T> Clone(); public virtual T Val => default!; }
class IntSrc : Src<int> { int v; public IntSrc(int v) { this.v = v; } public override IntSrc Clone() => new IntSrc(v + 1); public override int Val => v; }
class IntSrc2 : IntSrc { public IntSrc2() : base(100) { } public override IntSrc2 Clone() => new IntSrc2(); }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static ref T Pick<T>(ref T a, ref T b, bool first) { if (first) return ref a; return ref b; }
    static ref int Elem(int[,] a, int i, int j) => ref a[i, j];
    static ref Mut Last(Mut[] a) => ref a[^1];
    static int Sum(scoped ReadOnlySpan<int> s) { int t = 0; foreach (var x in s) t += x; return t; }
    static void Twice(ref Mut m) { m.Inc(); m.Inc(); }

    static void Main()
    {
        T("r1", () => { int a = 1, b = 2; Pick(ref a, ref b, false) = 9; return a + "," + b; });
        T("r2", () => { var arr = new[,] { { 1, 2 }, { 3, 4 } }; Elem(arr, 1, 0) += 10; ref int r = ref Elem(arr, 0, 1); r = -r; return string.Join(",", arr.Cast()); });
        T("r3", () => { var arr = new Mut[3]; Last(arr).Inc(); Twice(ref arr[0]); return string.Join(",", arr); });
        T("r4", () => { var n = new Node(); n.RefM.Inc(); Twice(ref n.M); Twice(ref n.Arr[1]); return n.M + "," + n.Arr[1]; });
        T("r5", () => { Span<int> s = stackalloc int[3]; var w = new Window { S = s }; w[1] = 5; w[2] += w[1]; return w.Len + ":" + s[1] + "," + s[2]; });
        T("r6", () => { var ro = new RO(3); return ro.Bump() + "," + ro.Bump() + "," + ro.M; });
        T("r7", () => { var n = new Node(); ref readonly Mut rm = ref n.M; n.M.Inc(); return rm.Get(); });
        T("r8", () => Sum(new[] { 1, 2, 3 }) + Sum(stackalloc int[] { 4, 5 }));
        T("r9", () => { var list = new List<int> { 1, 2 }; ref int x = ref System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list)[1]; x = 7; return list[1]; });
        T("r10", () => { var d = new Dictionary<string, Mut> { ["a"] = new() }; ref var v = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(d, "a"); v.Inc(); v.Inc(); return d["a"] + "," + Unsafe.IsNullRef(ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrNullRef(d, "zz")); });
        T("r10b", () => { var d = new Dictionary<int, Mut>(); ref var v = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(d, 4, out bool ex); v.Inc(); ref var w = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(d, 4, out bool ex2); w.Inc(); return ex + "," + ex2 + "," + d[4] + "," + d.Count; });
        T("r11", () => { var a = new int[] { 1, 2, 3 }; ref int p = ref a[0]; p = ref Unsafe.Add(ref p, 2); p = 30; return string.Join(",", a); });
        T("r12", () => { Mut m = default; ref Mut r = ref m; var copy = r; r.Inc(); return copy + "," + m; });
        T("sz1", () => Unsafe.SizeOf<Pair<byte, long>>() + "," + Unsafe.SizeOf<Pair<byte, byte>>() + "," + Unsafe.SizeOf<Pair<int, Pair<byte, short>>>()); // references are 4 bytes in dotnode, so no sizes of structs holding them
        T("sz2", () => Unsafe.SizeOf<Pair<decimal, byte>>() + "," + Unsafe.SizeOf<Pair<Guid, bool>>() + "," + Unsafe.SizeOf<KeyValuePair<byte, double>>());
        T("cv1", () => { Src<int> s = new IntSrc(1); return s.Clone().Val + "," + s.Clone().GetType().Name; });
        T("cv2", () => { Src<int> s = new IntSrc2(); IntSrc i = (IntSrc)s; return s.Clone().GetType().Name + "," + i.Clone().Val; });
        T("cv3", () => new IntSrc2().Clone().Clone().Val);
    }
}
static class Ext { public static IEnumerable<int> Cast(this int[,] a) { foreach (int x in a) yield return x; } }
