// Static readonly singletons, lazy initialization, static locals via closures, [ThreadStatic].
using System;

sealed class Config
{
    public static readonly Config Instance = new Config();
    public static int Constructed;
    public string Name { get; } = "default";
    private Config() { Constructed++; Console.WriteLine("Config constructed"); }
}

class LazyHolder
{
    private static readonly Lazy<string> value = new(() => { Console.WriteLine("computing lazy value"); return "computed"; });
    public static string Value => value.Value;
}

class Program
{
    [ThreadStatic] static int perThread;
    static int next;
    static int Next() => ++next;

    static void Main()
    {
        Console.WriteLine("main");
        var a = Config.Instance;
        var b = Config.Instance;
        Console.WriteLine(ReferenceEquals(a, b) + " " + a.Name + " constructed=" + Config.Constructed);
        Console.WriteLine("before lazy");
        Console.WriteLine(LazyHolder.Value);
        Console.WriteLine(LazyHolder.Value);
        perThread = 5;
        perThread++;
        Console.WriteLine("thread static on main thread: " + perThread);
        Console.WriteLine(Next() + Next() * 10);
        Console.WriteLine(next);
    }
}
