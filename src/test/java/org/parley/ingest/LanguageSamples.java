package org.parley.ingest;

/** Short news paragraphs written for these tests, in English and in other languages. */
final class LanguageSamples {
    private LanguageSamples() {}

    static final String FRENCH = "Le ministre des Affaires étrangères a rencontré son homologue iranien à Paris mardi. "
            + "Les deux pays ont discuté de la situation dans la région et des négociations sur le programme nucléaire. "
            + "Selon le communiqué, la France est prête à accueillir une nouvelle série de pourparlers avec les représentants des États-Unis.";

    static final String GERMAN = "Der Außenminister hat am Dienstag seinen iranischen Amtskollegen in Berlin empfangen. "
            + "Die beiden Länder sprachen über die Lage in der Region und die Verhandlungen über das Atomprogramm. "
            + "Nach Angaben des Ministeriums ist Deutschland bereit, eine neue Gesprächsrunde mit Vertretern der Vereinigten Staaten auszurichten.";

    static final String SPANISH = "El ministro de Asuntos Exteriores recibió el martes a su homólogo iraní en Madrid. "
            + "Los dos países hablaron de la situación en la región y de las negociaciones sobre el programa nuclear. "
            + "Según el comunicado, España está dispuesta a acoger una nueva ronda de conversaciones con representantes de los Estados Unidos.";

    static final String ITALIAN = "Il ministro degli Esteri ha incontrato martedì a Roma il suo omologo iraniano. "
            + "I due paesi hanno discusso della situazione nella regione e dei negoziati sul programma nucleare. "
            + "Secondo il comunicato, l'Italia è pronta a ospitare un nuovo ciclo di colloqui con i rappresentanti degli Stati Uniti.";

    static final String PORTUGUESE = "O ministro das Relações Exteriores recebeu na terça-feira o seu homólogo iraniano em Lisboa. "
            + "Os dois países discutiram a situação na região e as negociações sobre o programa nuclear. "
            + "Segundo o comunicado, Portugal está pronto para receber uma nova rodada de conversas com representantes dos Estados Unidos.";

    static final String RUSSIAN = "Министр иностранных дел во вторник встретился в Москве со своим иранским коллегой. "
            + "Стороны обсудили ситуацию в регионе и переговоры по ядерной программе.";

    static final String CHINESE = "外交部长周二在北京会见了伊朗外长。双方讨论了地区局势和核计划谈判。";

    static final String ARABIC = "التقى وزير الخارجية يوم الثلاثاء نظيره الإيراني في الرياض. وناقش الجانبان الوضع في المنطقة والمفاوضات حول البرنامج النووي.";

    /** English, but dense with names from other languages. */
    static final String ENGLISH_FULL_OF_NAMES = "Erdogan receives Araghchi in Ankara\n"
            + "Recep Tayyip Erdogan received Abbas Araghchi, Masoud Pezeshkian's envoy, in Ankara on Friday. "
            + "Hakan Fidan, Badr bin Hamad Al Busaidi and Musaad bin Mohammed Al-Aiban joined Sayyed Hassan Nasrallah's "
            + "former aide, Ali Shamkhani, at the Cankaya Kosku.";

    static final String ENGLISH_SHORT = "Oman to host US-Iran talks in Muscat on Saturday";

    /** English quoting a sentence in French. */
    static final String ENGLISH_WITH_A_QUOTE = "Macron invites Pezeshkian to Paris\n"
            + "French President Emmanuel Macron has invited Iranian President Masoud Pezeshkian to Paris for talks, "
            + "the Elysee said on Monday. \"La France est prête à accueillir le dialogue,\" Macron wrote on X. "
            + "Iran has not yet said whether it will accept the invitation.";
}
