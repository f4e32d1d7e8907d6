// Default interface methods, overriding them, static abstract members and interface static fields.
using System;

interface ILogger
{
    void Write(string msg);
    void Info(string msg) => Write("[info] " + msg);
    void Warn(string msg) => Write("[warn] " + Decorate(msg));
    protected string Decorate(string m) => m.ToUpperInvariant();
    static int Created;
    static string Version() => "v" + Created;
}

class ConsoleLogger : ILogger
{
    public ConsoleLogger() => ILogger.Created++;
    public void Write(string msg) => Console.WriteLine(msg);
}

class LoudLogger : ILogger
{
    public LoudLogger() => ILogger.Created++;
    public void Write(string msg) => Console.WriteLine(msg + "!!");
    public void Info(string msg) => Write("[INFO override] " + msg);
}

interface IAddable<T> where T : IAddable<T>
{
    static abstract T Zero { get; }
    static abstract T operator +(T a, T b);
}

readonly record struct Meters(double V) : IAddable<Meters>
{
    public static Meters Zero => new(0);
    public static Meters operator +(Meters a, Meters b) => new(a.V + b.V);
}

class Program
{
    static T Sum<T>(T[] items) where T : IAddable<T>
    {
        T acc = T.Zero;
        foreach (var i in items) acc += i;
        return acc;
    }

    static void Main()
    {
        ILogger a = new ConsoleLogger();
        a.Info("starting");
        a.Warn("careful");
        ILogger b = new LoudLogger();
        b.Info("through interface");
        b.Warn("loud warning");
        new LoudLogger().Info("through class");
        Console.WriteLine(ILogger.Version());
        Console.WriteLine(Sum(new[] { new Meters(1.5), new Meters(2), new Meters(0.25) }));
        Console.WriteLine(Sum(Array.Empty<Meters>()));
    }
}
