// Default interface methods: diamonds resolved by a most specific override, a class
// implementation beating defaults, defaults calling abstract members, generic interfaces with
// defaults, and default methods reached through base interfaces.
using System;

interface IBase
{
    string Who() => "IBase";
    string Hello() => "hello from " + Who();
}
interface ILeft : IBase { string IBase.Who() => "ILeft"; }
interface IRight : IBase { }
interface IBottom : ILeft, IRight { string IBase.Who() => "IBottom"; }

class OnlyRight : IRight { }
class LeftAndRight : ILeft, IRight { }
class FromBottom : IBottom { }
class Own : IBottom { public string Who() => "Own"; }
class OwnDerived : FromBottom, IBase { }

interface ICounter
{
    int Count { get; }
    int Twice() => Count * 2;
    string Describe() => $"count={Count} twice={Twice()}";
}
class Three : ICounter { public int Count => 3; }
class Seven : ICounter { public int Count => 7; public int Twice() => -1; }

interface IWrap<T> { T Value { get; } string Show() => $"<{Value}>"; }
interface IWrapInt : IWrap<int> { string IWrap<int>.Show() => $"int<{Value}>"; }
class WrapS : IWrap<string> { public string Value => "s"; }
class WrapI : IWrapInt { public int Value => 9; }

static class Program
{
    static void Main()
    {
        IBase[] all = { new OnlyRight(), new LeftAndRight(), new FromBottom(), new Own(), new OwnDerived() };
        foreach (var x in all) Console.WriteLine($"{x.GetType().Name}: {x.Who()} / {x.Hello()}");
        Console.WriteLine(((ILeft)new FromBottom()).Who());
        ICounter t = new Three(), s = new Seven();
        Console.WriteLine(t.Describe());
        Console.WriteLine(s.Describe());
        Console.WriteLine($"{((IWrap<string>)new WrapS()).Show()} {((IWrap<int>)new WrapI()).Show()}");
    }
}
