/*
** builtin_data.S - dyad's own dictionaries (dictionaries/*.txt), embedded in libdyad so that
** dyad_dict_load_builtin() needs no file.  Each file is a symbol with its size beside it.
** Assembled with -Wa,-I. from the top of the source tree.
*/
    .macro dict_file name, path
    .section .rodata
    .balign 8
    .global dyad_dict_text_\name
    .type dyad_dict_text_\name, @object
dyad_dict_text_\name:
    .incbin "\path"
dyad_dict_text_\name\()_end:
    .size dyad_dict_text_\name, dyad_dict_text_\name\()_end - dyad_dict_text_\name
    .balign 8
    .global dyad_dict_size_\name
    .type dyad_dict_size_\name, @object
dyad_dict_size_\name:
    .quad dyad_dict_text_\name\()_end - dyad_dict_text_\name
    .size dyad_dict_size_\name, 8
    .endm

    dict_file verbs, "dictionaries/verbs.txt"
    dict_file countries, "dictionaries/countries.actors.txt"
    dict_file igos, "dictionaries/igos.actors.txt"
    dict_file nonstate, "dictionaries/nonstate.actors.txt"
    dict_file leaders, "dictionaries/leaders.actors.txt"
    dict_file media, "dictionaries/media.actors.txt"
    dict_file agents, "dictionaries/agents.txt"

    .section .note.GNU-stack,"",@progbits
