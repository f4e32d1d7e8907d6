// Calls on struct receivers: using/foreach over struct disposables and enumerators, readonly
// fields and `in` arguments (defensive copies), ToString/GetHashCode/Equals overridden or not via
// constrained calls, interface calls on struct fields of classes and array elements.
using System;
using System.Collections;
using System.Collections.Generic;

static class Log { public static List<string> L = new(); public static string Take() { var s = string.Join(",", L); L.Clear(); return s; } }
struct Disp : IDisposable { public int N; public void Dispose() { N++; Log.L.Add("D" + N); } }
struct Counter : IEnumerator<int> { int i; public int Current => i; object IEnumerator.Current => i; public bool MoveNext() => ++i <= 3; public void Reset() => i = 0; public void Dispose() => Log.L.Add("CD" + i); }
struct Seq { public Counter GetEnumerator() => new Counter(); }
struct Plain { public int A; }
struct Over { public int A; public override string ToString() => "Over" + A; public override int GetHashCode() => A * 31; public override bool Equals(object? o) => o is Over x && x.A == A; }
interface IBump { int Bump(); }
struct B : IBump { public int V; public int Bump() => ++V; }
class HasB { public B Field; public readonly B RO; public B Prop { get; set; } }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static string Str<T>(T v) => v!.ToString()! + "/" + v.GetHashCode() + "/" + v.Equals(v);
    static int BumpIn(in B b) => b.Bump();
    static int BumpGen<T>(T[] arr) where T : IBump => arr[0].Bump() + arr[0].Bump();

    static void Main()
    {
        T("u1", () => { var d = new Disp(); using (d) { } using (d) { } return Log.Take() + "|" + d.N; });
        T("u2", () => { using (var d = new Disp()) { d.Dispose(); } return Log.Take(); });
        T("u3", () => { var d = new Disp(); IDisposable i = d; i.Dispose(); i.Dispose(); return Log.Take() + "|" + d.N + "|" + ((Disp)i).N; });
        T("f1", () => { int s = 0; foreach (var x in new Seq()) s += x; return s + "|" + Log.Take(); });
        T("f2", () => { var e = new Counter(); e.MoveNext(); var c = e; c.MoveNext(); return e.Current + "," + c.Current; });
        T("g1", () => Str(new Plain { A = 3 }).Split('/')[0] + "|" + Str(new Over { A = 2 }) + "|" + Str(5) + "|" + Str(DayOfWeek.Monday));
        T("g2", () => new Plain { A = 1 }.GetHashCode() == new Plain { A = 1 }.GetHashCode());
        T("g3", () => { object o = new Over { A = 1 }; return o.Equals(new Over { A = 1 }) + "," + o.Equals(new Plain { A = 1 }) + "," + o; });
        T("h1", () => { var h = new HasB(); h.Field.Bump(); h.Field.Bump(); h.RO.Bump(); var p = h.Prop; p.Bump(); return h.Field.V + "," + h.RO.V + "," + h.Prop.V; });
        T("h2", () => { var h = new HasB(); ((IBump)h.Field).Bump(); return h.Field.V; });
        T("h3", () => { var b = new B(); var r = BumpIn(b); return r + "," + b.V; });
        T("h4", () => { var arr = new B[1]; var r = BumpGen(arr); return r + "," + arr[0].V; });
        T("h5", () => { var arr = new IBump[] { new B() }; arr[0].Bump(); return arr[0].Bump(); });
        T("h6", () => { var list = new List<B> { new B() }; try { return ((IBump)list[0]).Bump() + "," + list[0].V; } catch (Exception e) { return e.GetType().Name; } });
    }
}
