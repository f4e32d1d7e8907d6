// Static constructor failures: TypeInitializationException wrapping the original exception,
// the same failure on every later access, per generic instantiation; cctor recursion sees
// default values; beforefieldinit field initializers vs explicit cctors; static readonly
// struct fields; cctor triggered by a static method, an instance ctor, and a static field write.
using System;

static class Bad
{
    public static int X = Fail();
    static int Fail() { Console.WriteLine("Bad cctor runs"); throw new InvalidOperationException("bad init"); }
}
static class BadGen<T>
{
    public static string Name = typeof(T) == typeof(int) ? throw new ArgumentException("no ints") : typeof(T).Name;
    static BadGen() { Console.WriteLine("BadGen<" + typeof(T).Name + "> cctor body"); }
}
class Ping { public static int P = Pong.Q + 1; static Ping() { Console.WriteLine("Ping cctor sees Pong.Q=" + Pong.Q); } }
class Pong { public static int Q = Ping.P + 10; static Pong() { Console.WriteLine("Pong cctor sees Ping.P=" + Ping.P); } }
class Trig
{
    public static int Hits;
    static Trig() { Console.WriteLine("Trig cctor"); Hits = 100; }
    public Trig() { Hits++; }
    public static void M() { Hits += 10; }
}
class Trig2 { public static int W; static Trig2() { Console.WriteLine("Trig2 cctor, W=" + W); W = 5; } }
struct RS { public readonly int A; public RS(int a) { A = a; } }
static class RO { public static readonly RS Val = new RS(3); public static readonly int[] Arr = { 1, 2 }; }

class Program
{
    static void Try(string what, Func<object> f)
    {
        try { Console.WriteLine(what + ": " + f()); }
        catch (TypeInitializationException e) { Console.WriteLine($"{what}: TIE({(e.TypeName!.Contains('`') ? "generic" : e.TypeName)}) inner={e.InnerException?.GetType().Name}:{e.InnerException?.Message}"); }
        catch (Exception e) { Console.WriteLine(what + ": " + e.GetType().Name); }
    }
    static void Main()
    {
        Try("Bad.X first", () => Bad.X);
        Try("Bad.X again", () => Bad.X);
        Try("BadGen<string>", () => BadGen<string>.Name);
        Try("BadGen<int>", () => BadGen<int>.Name);
        Try("BadGen<int> again", () => BadGen<int>.Name);
        Try("BadGen<long>", () => BadGen<long>.Name);
        Console.WriteLine("Ping.P=" + Ping.P + " Pong.Q=" + Pong.Q);
        Console.WriteLine("before Trig");
        Trig.M();
        new Trig();
        Console.WriteLine("Trig.Hits=" + Trig.Hits);
        Console.WriteLine("before Trig2 write");
        Trig2.W = 42;
        Console.WriteLine("Trig2.W=" + Trig2.W);
        Console.WriteLine($"readonly statics: {RO.Val.A} {RO.Arr[1]}");
        RO.Arr[1] = 20;
        Console.WriteLine($"mutated array in readonly static: {RO.Arr[1]}");
    }
}
