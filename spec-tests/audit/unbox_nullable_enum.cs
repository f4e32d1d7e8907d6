// Unboxing to Nullable<T> requires the exact type T: a boxed enum does not unbox to int? and a
// boxed int does not unbox to Color? (while plain unbox to int/Color is allowed both ways).
using System;

enum Color { Red = 1 }

class Program
{
    static T Un<T>(object o) => (T)o;
    static void Main()
    {
        object red = Color.Red, one = 1;
        Console.WriteLine((int)red + " " + (Color)one);
        try { Console.WriteLine((int?)red); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        try { Console.WriteLine((Color?)one); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
        try { Console.WriteLine(Un<Color?>(one)); } catch (InvalidCastException) { Console.WriteLine("InvalidCastException"); }
    }
}
