/*
** model_data.S - the shipped model (models/en-ud.model, made by models/train.sh), embedded in
** libdyad so that `dyad_model_load(NULL, ...)` needs no file.  Assembled with -Wa,-I. from the
** top of the source tree.
*/
    .section .rodata
    .balign 64
    .global dyad_embedded_model
    .type dyad_embedded_model, @object
dyad_embedded_model:
    .incbin "models/en-ud.model"
dyad_embedded_model_end:
    .size dyad_embedded_model, dyad_embedded_model_end - dyad_embedded_model
    .balign 8
    .global dyad_embedded_model_size
    .type dyad_embedded_model_size, @object
dyad_embedded_model_size:
    .quad dyad_embedded_model_end - dyad_embedded_model
    .size dyad_embedded_model_size, 8

    .section .note.GNU-stack,"",@progbits
