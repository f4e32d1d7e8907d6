// Method dispatch rules: new vs override (newslot), virtual calls from constructors, interface
// re-implementation, explicit implementations of several instantiations of one generic
// interface, variance-based interface dispatch, default interface methods with diamond
// overrides, generic virtual methods in generic classes, static constructor timing.
using System;
using System.Collections.Generic;

class A { public virtual string M() => "A.M"; public string CallM() => M(); public virtual string N() => "A.N"; }
class B : A { public new virtual string M() => "B.M"; public override string N() => "B.N"; }
class C : B { public override string M() => "C.M"; public override string N() => "C.N+" + base.N(); }

abstract class Ctor { protected Ctor() { Console.WriteLine("base ctor sees: " + Describe()); } public abstract string Describe(); }
class CtorD : Ctor { readonly string name = "init"; int x; public CtorD() { x = 5; } public override string Describe() => (name ?? "null") + "/" + x; }

interface IGreet { string Hi(); }
class G1 : IGreet { public string Hi() => "G1"; string IGreet.Hi() => "G1-explicit"; }
class G2 : G1 { public new string Hi() => "G2"; }
class G3 : G1, IGreet { public new string Hi() => "G3"; }

interface IConv<T> { string Conv(T x); }
class Multi : IConv<int>, IConv<string>, IConv<object>
{
    string IConv<int>.Conv(int x) => "int" + x;
    string IConv<string>.Conv(string x) => "string" + x;
    string IConv<object>.Conv(object x) => "object" + x;
}
interface IProduce<out T> { T Make(); }
class ProdStr : IProduce<string> { public string Make() => "str"; }
class ProdBoth : IProduce<string>, IProduce<Uri> { string IProduce<string>.Make() => "both-str"; Uri IProduce<Uri>.Make() => new Uri("http://x/"); }

interface IBase { string Who() => "IBase"; }
interface ILeft : IBase { string IBase.Who() => "ILeft"; }
interface IRight : IBase { }
class Diamond : ILeft, IRight { }
class DiamondOverride : ILeft, IRight { public string Who() => "class"; }

class Gen<T>
{
    public virtual string Pair<U>(T t, U u) => $"Gen<{typeof(T).Name}>.Pair<{typeof(U).Name}>({t},{u})";
}
class GenD : Gen<int>
{
    public override string Pair<U>(int t, U u) => "GenD:" + base.Pair(t * 10, u);
}
class GenE<V> : Gen<V[]>
{
    public override string Pair<U>(V[] t, U u) => $"GenE<{typeof(V).Name}>:{t.Length}:" + base.Pair<U>(t, u);
}

static class Precise { public static int X = Program.Init("Precise.X"); static Precise() { Console.WriteLine("Precise cctor"); } public static void Touch() { Console.WriteLine("Precise.Touch"); } }
static class Init2 { public static int Y = Program.Init("Init2.Y"); }
struct SCctor { public static int Z; static SCctor() { Console.WriteLine("SCctor cctor"); Z = 9; } public int I; public int Get() => I + Z; }

class Program
{
    public static int Init(string s) { Console.WriteLine("init " + s); return 1; }
    static void Main()
    {
        A a = new C(); B b = (B)a;
        Console.WriteLine($"{a.M()} {b.M()} {((C)a).M()} {a.CallM()} {a.N()} {new B().M()} {((A)new B()).M()}");
        var cd = new CtorD();
        Console.WriteLine("after ctor: " + cd.Describe());
        IGreet g2 = new G2(), g3 = new G3();
        Console.WriteLine($"{new G1().Hi()} {((IGreet)new G1()).Hi()} {g2.Hi()} {g3.Hi()} {((G1)new G3()).Hi()}");
        var m = new Multi();
        Console.WriteLine($"{((IConv<int>)m).Conv(1)} {((IConv<string>)m).Conv("s")} {((IConv<object>)m).Conv(2.5)}");
        IProduce<object> po = new ProdStr();
        Console.WriteLine($"variance: {po.Make()} {((IProduce<object>)new ProdBoth()).Make()}");
        IEnumerable<object> eo = new List<string> { "a", "b" };
        foreach (var o in eo) Console.Write(o);
        Console.WriteLine();
        Console.WriteLine($"dim: {((IBase)new Diamond()).Who()} {((IRight)new Diamond()).Who()} {((IBase)new DiamondOverride()).Who()}");
        Console.WriteLine(new GenD().Pair(4, 3.5));
        Gen<int> gi = new GenD();
        Console.WriteLine(gi.Pair<long>(2, 7L));
        Gen<string[]> gs = new GenE<string>();
        Console.WriteLine(gs.Pair(new[] { "a", "b" }, 'c'));

        Console.WriteLine("before Precise");
        Precise.Touch();
        Console.WriteLine("X=" + Precise.X);
        Console.WriteLine("before Init2");
        int y = Init2.Y;
        Console.WriteLine("Y=" + y);
        var s = new SCctor { I = 1 };
        Console.WriteLine("struct made");
        Console.WriteLine("get " + s.Get());
    }
}
