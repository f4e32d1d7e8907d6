// Delegate binding and dispatch: virtual/base/interface/generic-virtual targets, struct targets
// (boxed copy, mutation accumulates in the box), closed-over-null extension delegates, ref/out
// parameters, multicast Remove of sub-lists, equality, Target/Method, exceptions mid-list.
using System;
using System.Collections.Generic;
using System.Linq;

interface IShape { string Name(); int Bump(); }
interface IGen { string Show<T>(T x); }
class Base : IGen
{
    public virtual string Who() => "Base";
    public virtual string Show<T>(T x) => "Base.Show<" + typeof(T).Name + ">(" + x + ")";
    public string CallBase() { Func<string> f = Who; return f(); }
}
class Derived : Base
{
    public override string Who() => "Derived";
    public override string Show<T>(T x) => "Derived.Show<" + typeof(T).Name + ">(" + x + ")";
    public Func<string> BaseWho() => base.Who;
    public Func<int, string> BaseShow() => base.Show<int>;
}
struct Counter : IShape
{
    public int N;
    public string Name() => "Counter" + N;
    public int Bump() => ++N;
}
class Box : IShape
{
    public int N;
    public string Name() => "Box" + N;
    public int Bump() => ++N;
}
static class Ext
{
    public static string Describe(this string? s) => s == null ? "null-target" : "len" + s.Length;
    public static int Twice(this Box? b) => b == null ? -1 : b.N * 2;
}
delegate void RefAct(ref int x, out string s);
delegate int IntFn(int x);

class Program
{
    static int log;
    static int F1(int x) { log = log * 10 + 1; return x + 1; }
    static int F2(int x) { log = log * 10 + 2; return x + 2; }
    static int F3(int x) { log = log * 10 + 3; return x + 3; }
    static int Boom(int x) { log = log * 10 + 9; throw new InvalidOperationException("boom" + x); }
    static void Swap(ref int x, out string s) { s = "was" + x; x = -x; }
    static T Id<T>(T x) => x;

    static string Run(IntFn? d)
    {
        log = 0;
        if (d == null) return "null";
        int r = d(10);
        return r + " log=" + log + " n=" + d.GetInvocationList().Length;
    }

    static void Main()
    {
        Base b = new Derived();
        Func<string> v = b.Who;
        Console.WriteLine("virtual: " + v() + " " + b.CallBase() + " " + ((Derived)b).BaseWho()());
        Func<int, string> gv = b.Show<int>;
        Func<string, string> gvs = b.Show<string>;
        Console.WriteLine("gvm: " + gv(5) + " " + gvs("s") + " " + ((Derived)b).BaseShow()(7));
        IGen ig = b;
        Func<double, string> igd = ig.Show<double>;
        Console.WriteLine("igvm: " + igd(1.5));

        var c = new Counter { N = 1 };
        Func<int> bump = c.Bump;
        Func<string> name = c.Name;
        Console.WriteLine($"struct: {bump()} {bump()} {bump()} c.N={c.N} name={name()} targetN={((Counter)bump.Target!).N}");
        IShape boxed = c;
        Func<int> ibump = boxed.Bump;
        ibump(); ibump();
        Console.WriteLine($"iface box: {boxed.Name()} c.N={c.N} same={ReferenceEquals(ibump.Target, boxed)}");
        IShape sh = new Box();
        Func<int> bb = sh.Bump;
        bb(); bb();
        Console.WriteLine($"class iface: {sh.Name()}");
        Func<int> cb = new Counter { N = 40 }.Bump;
        Console.WriteLine($"temp struct: {cb()} {cb()}");

        string? ns = null;
        Func<string> ext = ns.Describe;
        Func<string> ext2 = "abc".Describe;
        Box? nb = null;
        Func<int> extb = nb.Twice;
        Console.WriteLine($"ext: {ext()} {ext2()} {extb()} {ext.Target == null} {ext2.Target}");

        RefAct ra = Swap;
        int val = 5;
        ra(ref val, out string msg);
        ra += Swap;
        ra(ref val, out string msg2);
        Console.WriteLine($"ref: {val} {msg} {msg2}");

        IntFn f1 = F1, f2 = F2, f3 = F3;
        IntFn all = f1 + f2 + f3 + f2 + f1;
        Console.WriteLine("all: " + Run(all));
        Console.WriteLine("-f2: " + Run(all - f2));
        Console.WriteLine("-(f2+f1): " + Run(all - (f2 + f1)));
        Console.WriteLine("-(f1+f2): " + Run(all - (f1 + f2)));
        Console.WriteLine("-(f1+f3): " + Run(all - (f1 + f3)));
        Console.WriteLine("-(f3+f2+f1): " + Run(all - (f3 + f2 + f1)));
        Console.WriteLine("-all: " + Run(all - all));
        Console.WriteLine("-f1-f1: " + Run(all - f1 - f1));
        Console.WriteLine("null+f3: " + Run(null + f3) + " f3-null: " + Run(f3 - null));
        IntFn withBoom = f1 + Boom + f3;
        log = 0;
        try { withBoom(1); } catch (InvalidOperationException e) { Console.WriteLine("boom: " + e.Message + " log=" + log); }
        int total = 0;
        foreach (IntFn d in withBoom.GetInvocationList().Cast<IntFn>())
            try { total += d(100); } catch (InvalidOperationException) { total += 1000; }
        Console.WriteLine("each: " + total);

        IntFn a1 = F1, a2 = F1;
        Console.WriteLine($"eq: {a1 == a2} {a1.Equals(a2)} {(f1 + f2) == (f1 + f2)} {(f1 + f2) == (f2 + f1)} {a1.GetHashCode() == a2.GetHashCode()} {ReferenceEquals(a1, a2)}");
        var bx = new Box();
        Func<int> m1 = bx.Bump, m2 = bx.Bump, m3 = new Box().Bump;
        Console.WriteLine($"inst eq: {m1 == m2} {m1 == m3} {m1.Method.Name}");
        Func<int, int> gid = Id<int>;
        Func<string, string> gsid = Id<string>;
        Func<int, int> gid2 = Id;
        Console.WriteLine($"generic: {gid(3)} {gsid("x")} {gid == gid2} {gid.Method.Name}");
        Func<int, int> lam = x => x * 3;
        Func<int, int> composed = lam;
        composed += gid;
        Console.WriteLine($"composed: {composed(4)} {composed.GetInvocationList()[0] == lam}");
        IntFn? nil = null;
        try { nil!(1); } catch (NullReferenceException) { Console.WriteLine("null invoke: NRE"); }
        Action? act = null;
        act += () => Console.Write("A");
        act += () => Console.Write("B");
        act += act;
        act();
        Console.WriteLine(" count=" + act.GetInvocationList().Length);
        Delegate comb = Delegate.Combine(new Delegate?[] { f1, f2, null, f3 })!;
        Console.WriteLine("Delegate.Combine: " + Run((IntFn)comb));
        Console.WriteLine("RemoveAll: " + Run((IntFn?)Delegate.RemoveAll(all, f1)));
        try { Delegate.Combine(f1, new Func<int, int>(F1)); } catch (ArgumentException e) { Console.WriteLine("mismatch: " + e.GetType().Name); }
    }
}
