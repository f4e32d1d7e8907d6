// Dispose runs when an exception leaves a using block; exceptions in nested handlers.
using System;

class Resource : IDisposable
{
    private readonly string name;
    public Resource(string name) { this.name = name; Console.WriteLine("open " + name); }
    public void Use(bool fail)
    {
        Console.WriteLine("use " + name);
        if (fail) throw new InvalidOperationException(name + " failed");
    }
    public void Dispose() => Console.WriteLine("dispose " + name);
}

class Program
{
    static void Main()
    {
        try
        {
            using var a = new Resource("A");
            using (var b = new Resource("B"))
            {
                b.Use(false);
                using var c = new Resource("C");
                c.Use(true);
            }
            Console.WriteLine("not reached");
        }
        catch (InvalidOperationException e)
        {
            Console.WriteLine("caught " + e.Message);
        }
        int handled = 0;
        for (int i = 0; i < 3; i++)
        {
            try
            {
                try
                {
                    if (i == 0) throw new ArgumentException("zero");
                    if (i == 1) throw new FormatException("one");
                    Console.WriteLine("i=2 fine");
                }
                catch (ArgumentException e)
                {
                    handled++;
                    Console.WriteLine("inner handled " + e.Message);
                }
            }
            catch (FormatException e)
            {
                handled++;
                Console.WriteLine("outer handled " + e.Message);
            }
        }
        Console.WriteLine("handled=" + handled);
    }
}
