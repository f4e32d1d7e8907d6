// More dispatch: generic virtual methods through interfaces, interfaces implemented for several
// instantiations, variance at dispatch, default interface methods on structs (boxed copies),
// re-implementation by re-listing an interface, static virtuals reached through generic classes,
// base calls past an intermediate class, abstract re-abstraction, sealed overrides.
using System;
using System.Collections.Generic;

interface IVisitor { string Visit<T>(T x); }
class V1 : IVisitor { public virtual string Visit<T>(T x) => "V1<" + typeof(T).Name + ">"; }
class V2 : V1 { public override string Visit<T>(T x) => "V2<" + typeof(T).Name + ">:" + base.Visit(x); }
class V3 : V2, IVisitor { string IVisitor.Visit<T>(T x) => "V3ex<" + typeof(T).Name + ">"; }

interface IConv<T> { string Conv(T x); }
class Multi : IConv<int>, IConv<string>, IConv<object> { public string Conv(int x) => "int" + x; public string Conv(string x) => "str" + x; string IConv<object>.Conv(object x) => "obj" + x; }

interface IOut<out T> { T Get(); }
interface IIn<in T> { string Put(T x); }
class Box<T> : IOut<T>, IIn<T> { T v; public Box(T v) { this.v = v; } public T Get() => v; public string Put(T x) => "Put<" + typeof(T).Name + ">(" + x + ")"; }
class Amb : IOut<string>, IOut<Exception> { string IOut<string>.Get() => "s"; Exception IOut<Exception>.Get() => new Exception("e"); }

interface ICount { int N { get; } void Bump(); int BumpTwice() { Bump(); Bump(); return N; } }
struct SC : ICount { public int n; public int N => n; public void Bump() => n++; }
struct SC2 : ICount { public int n; public int N => n; public void Bump() => n++; public int BumpTwice() { Bump(); Bump(); return N * 100; } }

interface IName { string Name(); }
class P1 : IName { public string Name() => "P1"; }
class P2 : P1 { public new string Name() => "P2"; }
class P3 : P2, IName { }
class P4 : P1, IName { public new virtual string Name() => "P4"; }
class P5 : P4 { public override string Name() => "P5"; }

interface IStat { static virtual string Who() => "IStat"; static abstract int Id { get; } }
class S1 : IStat { public static int Id => 1; }
class S2 : IStat { public static int Id => 2; public static string Who() => "S2"; }
class Holder<T> where T : IStat { public static string Desc() => T.Who() + "#" + T.Id; }
interface IStatG<TSelf> where TSelf : IStatG<TSelf> { static abstract TSelf Make(int v); static virtual TSelf Twice(int v) => TSelf.Make(v * 2); }
record struct RS(int V) : IStatG<RS> { public static RS Make(int v) => new RS(v + 1); }
record RC(int V) : IStatG<RC> { public static RC Make(int v) => new RC(-v); public static RC Twice(int v) => new RC(v * 1000); }

abstract class A0 { public virtual string M() => "A0"; public virtual string K() => "A0.K"; }
abstract class A1 : A0 { public abstract override string M(); public sealed override string K() => "A1.K"; }
class A2 : A1 { public override string M() => "A2+" + base.K(); }
class B0 { public virtual string M() => "B0"; }
class B1 : B0 { }
class B2 : B1 { public override string M() => "B2>" + base.M(); }

interface IG<T> { string Id() => "IG<" + typeof(T).Name + ">"; }
class CG : IG<int>, IG<string> { string IG<string>.Id() => "CG.str"; }
class Gen<T> : IG<T> { }
class GenD : Gen<int>, IG<long> { }

class Program
{
    static void T(string name, Func<object?> f)
    {
        string r;
        try { r = f()?.ToString() ?? "null"; } catch (Exception e) { r = e.GetType().Name; }
        Console.WriteLine(name + ": " + r);
    }
    static int BumpGen<T>(T c) where T : ICount => c.BumpTwice();
    static int BumpRef<T>(ref T c) where T : ICount { c.BumpTwice(); return c.N; }
    static T TwiceOf<T>(int v) where T : IStatG<T> => T.Twice(v);
    static string Put<T>(IIn<T> i, T x) => i.Put(x);

    static void Main()
    {
        IVisitor v = new V2();
        T("gi1", () => v.Visit(1));
        T("gi2", () => ((IVisitor)new V3()).Visit("s"));
        T("gi3", () => ((V1)new V3()).Visit(2.0));
        T("gi4", () => { IVisitor x = new V3(); return x.Visit<List<int>>(null!); });

        var m = new Multi();
        T("mi1", () => ((IConv<int>)m).Conv(1) + "," + ((IConv<string>)m).Conv("a") + "," + ((IConv<object>)m).Conv(2));
        T("mi2", () => m.Conv((object)"z" is string s ? s : ""));

        T("va1", () => ((IOut<object>)new Box<string>("x")).Get());
        T("va2", () => ((IIn<string>)new Box<object>("x")).Put("y"));
        T("va3", () => Put<string>(new Box<object>(1), "q"));
        T("va4", () => new Box<string>("x") is IOut<object>);
        T("va5", () => new Box<int>(1) is IOut<object>);
        T("va6", () => new Box<object>(1) is IIn<int>);
        T("va7", () => ((IOut<string>)new Amb()).Get() + "," + ((IOut<Exception>)new Amb()).Get().Message);
        T("va8", () => { object o = new Amb(); return o is IOut<object> io ? io.Get().ToString()![..1] : "no"; });
        T("va9", () => { IEnumerable<object> e = new List<string> { "a", "b" }; return string.Join("+", e); });
        T("va10", () => { Func<object> f = new Box<string>("fx").Get; return f(); });
        T("va11", () => { Func<string, string> a = new Box<object>(0).Put; return a("x"); });

        T("ds1", () => { var s = new SC(); int r = ((ICount)s).BumpTwice(); return r + "/" + s.n; });
        T("ds2", () => { var s = new SC(); int r = BumpGen(s); return r + "/" + s.n; });
        T("ds3", () => { var s = new SC(); int r = BumpRef(ref s); return r + "/" + s.n; });
        T("ds4", () => { var s = new SC2(); int r = BumpRef(ref s); return r + "/" + s.n; });
        T("ds5", () => { ICount b = new SC(); b.BumpTwice(); b.BumpTwice(); return b.N; });
        T("ds6", () => { var arr = new SC[1]; BumpRef(ref arr[0]); return arr[0].n; });

        T("re1", () => ((IName)new P2()).Name());
        T("re2", () => ((IName)new P3()).Name());
        T("re3", () => ((IName)new P5()).Name());
        T("re4", () => ((P1)new P5()).Name() + "," + ((P4)new P5()).Name());

        T("sv1", () => Holder<S1>.Desc());
        T("sv2", () => Holder<S2>.Desc());
        T("sv3", () => TwiceOf<RS>(5));
        T("sv4", () => TwiceOf<RC>(5));

        T("ab1", () => ((A0)new A2()).M() + "," + ((A0)new A2()).K());
        T("ab2", () => ((B0)new B2()).M());

        T("ig1", () => ((IG<int>)new CG()).Id() + "," + ((IG<string>)new CG()).Id());
        T("ig2", () => ((IG<int>)new GenD()).Id() + "," + ((IG<long>)new GenD()).Id());
        T("ig3", () => new GenD() is IG<string>);
        T("ig4", () => { object o = new Gen<string>(); return (o as IG<string>)?.Id() + "," + (o as IG<object>)?.Id(); });
    }
}
