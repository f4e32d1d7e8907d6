// is / as / explicit casts on class hierarchies and the InvalidCastException message.
using System;

class Vehicle { public virtual string Name => "vehicle"; }
class Car : Vehicle { public override string Name => "car"; public int Doors = 4; }
class Truck : Vehicle { public override string Name => "truck"; }
sealed class SportsCar : Car { public override string Name => "sports car"; }

class Program
{
    static void Inspect(object? o)
    {
        string kind = o switch
        {
            null => "null",
            SportsCar => "SportsCar",
            Car c => $"Car with {c.Doors} doors",
            Vehicle v => "Vehicle " + v.Name,
            _ => "other " + o.GetType().Name,
        };
        Console.WriteLine($"{kind,-22} is Vehicle={o is Vehicle} as Car={(o as Car)?.Name ?? "null"}");
    }

    static void Main()
    {
        object?[] items = { new Vehicle(), new Car(), new Truck(), new SportsCar(), "text", null, 3 };
        foreach (var o in items) Inspect(o);
        Vehicle v = new Truck();
        try
        {
            Car c = (Car)v;
            Console.WriteLine("cast worked?! " + c.Name);
        }
        catch (InvalidCastException e)
        {
            Console.WriteLine(e.GetType().Name + ": " + e.Message);
        }
        object s = "str";
        try { int i = (int)s; Console.WriteLine(i); }
        catch (InvalidCastException e) { Console.WriteLine(e.Message); }
        object boxedInt = 5;
        try { long l = (long)boxedInt; Console.WriteLine(l); }
        catch (InvalidCastException e) { Console.WriteLine(e.Message); }
        Vehicle? nothing = null;
        Car? stillNull = (Car?)nothing;
        Console.WriteLine(stillNull is null);
        Vehicle up = new SportsCar();
        Car down = (Car)up;
        Console.WriteLine(down.Name + " " + (up is Car { Doors: 4 }) + " " + (up is not Truck));
        Console.WriteLine(typeof(Car).IsAssignableFrom(typeof(SportsCar)) + " " + typeof(SportsCar).IsSubclassOf(typeof(Vehicle)) + " " + (up.GetType() == typeof(Car)));
    }
}
