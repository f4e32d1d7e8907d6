// WeakReference to a live object stays alive; GC.KeepAlive; finalizers are not printed since
// their timing is not deterministic; ConditionalWeakTable lookups with live keys.
using System;
using System.Runtime.CompilerServices;

class Resource
{
    public string Name;
    public Resource(string n) { Name = n; }
}

class Program
{
    static void Main()
    {
        var strong = new Resource("strong");
        var weak = new WeakReference<Resource>(strong);
        GC.Collect();
        Console.WriteLine(weak.TryGetTarget(out var target) + " " + target?.Name);
        var nonGeneric = new WeakReference(strong);
        Console.WriteLine(nonGeneric.IsAlive + " " + ((Resource)nonGeneric.Target!).Name);
        GC.KeepAlive(strong);
        var table = new ConditionalWeakTable<Resource, string>();
        table.Add(strong, "metadata");
        Console.WriteLine(table.TryGetValue(strong, out var meta) + " " + meta);
        Console.WriteLine(table.TryGetValue(new Resource("other"), out var none) + " " + (none ?? "null"));
        var empty = new WeakReference<Resource>(null!);
        Console.WriteLine(empty.TryGetTarget(out var t2) + " " + (t2 == null));
        weak.SetTarget(new Resource("replaced"));
        GC.KeepAlive(strong);
        Console.WriteLine("done");
    }
}
