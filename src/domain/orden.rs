//! One sort for every list of the app. The standard library's sorts are compiled again for
//! each element type and comparison; eleven of them cost the browser build some 40 KB. Here the
//! merge sort itself is compiled once and only a small adapter per call site.

use std::cmp::Ordering;

/// Sorts `items` by `compara`, stably (equal items keep their order).
pub fn ordenar_por<T>(items: &mut Vec<T>, compara: impl Fn(&T, &T) -> Ordering) {
    let orden = {
        let vista: &[T] = items;
        permutacion(vista.len(), &|i, j| compara(&vista[i], &vista[j]))
    };
    let mut sueltos: Vec<Option<T>> = items.drain(..).map(Some).collect();
    items.extend(orden.into_iter().filter_map(|i| sueltos[i].take()));
}

/// Sorts `items` by the key `clave` gives, stably.
pub fn ordenar_por_clave<T, K: Ord>(items: &mut Vec<T>, clave: impl Fn(&T) -> K) {
    ordenar_por(items, |a, b| clave(a).cmp(&clave(b)));
}

/// Sorts `items` in their natural order.
pub fn ordenar<T: Ord>(items: &mut Vec<T>) {
    ordenar_por(items, T::cmp);
}

/// The distinct items, sorted: a small set as a plain list (a `BTreeSet` would compile its own
/// tree code for every item type).
pub fn distintos<T: Ord>(items: impl IntoIterator<Item = T>) -> Vec<T> {
    let mut lista: Vec<T> = items.into_iter().collect();
    ordenar(&mut lista);
    lista.dedup();
    lista
}

/// The positions `0..n` in the order `compara` gives them: a bottom-up merge sort.
fn permutacion(n: usize, compara: &dyn Fn(usize, usize) -> Ordering) -> Vec<usize> {
    let mut orden: Vec<usize> = (0..n).collect();
    let mut auxiliar = vec![0; n];
    let mut ancho = 1;
    while ancho < n {
        for inicio in (0..n).step_by(2 * ancho) {
            let medio = (inicio + ancho).min(n);
            let fin = (inicio + 2 * ancho).min(n);
            let (mut i, mut j) = (inicio, medio);
            for hueco in &mut auxiliar[inicio..fin] {
                // Ties take the left run first: that keeps the sort stable.
                let izquierda =
                    j >= fin || (i < medio && compara(orden[i], orden[j]) != Ordering::Greater);
                if izquierda {
                    *hueco = orden[i];
                    i += 1;
                } else {
                    *hueco = orden[j];
                    j += 1;
                }
            }
        }
        std::mem::swap(&mut orden, &mut auxiliar);
        ancho *= 2;
    }
    orden
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_the_standard_stable_sort_for_every_length_and_order() {
        let mut semilla = 7_u64;
        for n in 0..70 {
            let mut items: Vec<(u8, usize)> = (0..n)
                .map(|i| {
                    semilla = semilla.wrapping_mul(6364136223846793005).wrapping_add(1);
                    ((semilla >> 59) as u8, i)
                })
                .collect();
            let mut esperado = items.clone();
            esperado.sort_by_key(|x| x.0);
            ordenar_por_clave(&mut items, |x| x.0);
            assert_eq!(items, esperado, "n = {n}");
        }
        let mut palabras = vec!["pera", "manzana", "kiwi", "manzana"];
        ordenar(&mut palabras);
        assert_eq!(palabras, ["kiwi", "manzana", "manzana", "pera"]);
        assert_eq!(distintos([3, 1, 3, 2]), [1, 2, 3]);
        let mut vacia: Vec<u8> = Vec::new();
        ordenar(&mut vacia);
        assert!(vacia.is_empty());
    }
}
