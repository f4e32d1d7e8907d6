// explicit interface implementations (same member name in two interfaces), default interface
// methods (used, overridden, called through the interface only), static interface members,
// and interface re-implementation in a derived class
var both = new Both();
Console.WriteLine(((IFirst)both).Name() + " " + ((ISecond)both).Name() + " " + both.Name());
IGreeter g1 = new Plain();
IGreeter g2 = new Custom();
Console.WriteLine(g1.Greet("ann") + " | " + g2.Greet("bob"));
Console.WriteLine(g1.Shout("cy") + " | " + g2.Shout("di"));
Console.WriteLine(IGreeter.Count + " " + IGreeter.Describe());
IBase b = new Derived();
Console.WriteLine(b.Who() + " " + ((IBase)new BaseImpl()).Who());
BaseImpl asBase = new Derived();
Console.WriteLine(asBase.Who() + " " + ((IBase)asBase).Who());
Console.WriteLine(Sum(new Ints(), 4) + " " + Sum(new Evens(), 4));
static int Sum(ISeq s, int n) { int t = 0; for (int i = 0; i < n; i++) t += s.At(i); return t + s.First; }
interface IFirst { string Name(); }
interface ISecond { string Name(); }
class Both : IFirst, ISecond
{
    string IFirst.Name() => "first";
    string ISecond.Name() => "second";
    public string Name() => "public";
}
interface IGreeter
{
    static int Count;
    string Greet(string who) { Count++; return "Hello " + who; }
    string Shout(string who) => Greet(who).ToUpperInvariant() + "!";
    static string Describe() => "greeters:" + Count;
}
class Plain : IGreeter { }
class Custom : IGreeter { public string Greet(string who) { IGreeter.Count += 10; return "Hi " + who; } }
interface IBase { string Who(); }
class BaseImpl : IBase { public string Who() => "base"; }
class Derived : BaseImpl, IBase { string IBase.Who() => "derived-explicit"; public new string Who() => "derived-new"; }
interface ISeq { int At(int i); int First => At(0); }
class Ints : ISeq { public int At(int i) => i + 1; }
class Evens : ISeq { public int At(int i) => 2 * i; public int First => -100; }
